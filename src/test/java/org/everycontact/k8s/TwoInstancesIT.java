package org.everycontact.k8s;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jose.JWSAlgorithm;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.ClientTokens;
import org.everycontact.support.TestPatient;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one database, as two Kubernetes replicas (issue 9): what
 * must hold across replicas is shared through the database, not kept per instance. A client token
 * accepted by one is a replay at the other, and a card dismissed through one is snoozed by both. The
 * database is an H2 server on loopback, since the packaged jar is built for H2 (the kind is fixed at
 * build time); the shared state is plain SQL that PostgreSQL runs in the rest of the suite.
 */
class TwoInstancesIT {

    private static final String PUBLIC_BASE_URL = "https://everycontact.test";
    private static final String SERVICE = "/cds-services/everycontact";
    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";
    private static final String NO_BP_IN_FIVE_YEARS = "R-HTN-03";

    private static Server database;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        int port = PackagedService.freePort();
        database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
        Map<String, String> config = Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:replicas;DB_CLOSE_DELAY=-1",
                "everycontact.pseudonym.key", "two-instances-test-pseudonym-key-not-for-patient-data",
                "everycontact.public-base-url", PUBLIC_BASE_URL,
                "everycontact.auth.clients.test-ehr.issuer", ClientTokens.ES384_ISSUER,
                "everycontact.auth.clients.test-ehr.jwks-file", "src/test/resources/client-auth/test-ehr-es384.jwks.json",
                "everycontact.as-of-date", "2026-11-26");
        first = PackagedService.start("first", config);
        second = PackagedService.start("second", config);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (PackagedService instance : new PackagedService[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void tokenAcceptedByOneInstanceIsRefusedAsAReplayByTheOther() {
        String token = token();
        String body = CdsRequest.patientView(patient()).toString();
        call(first, token, body).statusCode(200);
        call(second, token, body).statusCode(401);
    }

    @Test
    void cardDismissedThroughOneInstanceIsSnoozedByBoth() throws InterruptedException {
        TestPatient patient = patient();
        String card = call(first, token(), CdsRequest.patientView(patient).toString()).statusCode(200)
                .extract().jsonPath().getString("cards.find { it.source.topic.code == '" + NO_BP_IN_FIVE_YEARS + "' }.uuid");
        assertNotNull(card, "the patient has no blood pressure on record: " + NO_BP_IN_FIVE_YEARS + " shows");
        given().baseUri(second.uri("").toString()).header("Authorization", "Bearer " + token(SERVICE + "/feedback"))
                .contentType("application/json").body("""
                        {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-26T10:16:02Z",
                          "overrideReason": {"reason": {"system": "%s", "code": "patient-declined"}}}]}"""
                        .formatted(card, OverrideReasons.SYSTEM))
                .post(SERVICE + "/feedback").then().statusCode(200);

        for (PackagedService instance : List.of(second, first)) {
            JsonPath answer = awaitSnoozed(instance, patient);
            assertThat(answer.getList("cards.source.topic.code"), not(hasItem(NO_BP_IN_FIVE_YEARS)));
        }
    }

    /** The first instance writes its issued card off the hook's path: ask (bounded) until it is there. */
    private static JsonPath awaitSnoozed(PackagedService instance, TestPatient patient) throws InterruptedException {
        JsonPath answer = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            answer = call(instance, token(), CdsRequest.patientView(patient).toString()).statusCode(200)
                    .extract().jsonPath();
            List<String> snoozed = answer.getList(ASSESSMENT + ".snoozed");
            if (snoozed != null && snoozed.contains(NO_BP_IN_FIVE_YEARS)) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(NO_BP_IN_FIVE_YEARS + " was not snoozed: " + answer.prettify());
    }

    private static ValidatableResponse call(PackagedService instance, String token, String body) {
        return given().baseUri(instance.uri("").toString()).header("Authorization", "Bearer " + token)
                .contentType("application/json").body(body).post(SERVICE).then();
    }

    private static TestPatient patient() {
        return TestPatient.born("1968-04-12").id("replica-" + UUID.randomUUID());
    }

    private static String token() {
        return token(SERVICE);
    }

    private static String token(String path) {
        return ClientTokens.sign(ClientTokens.es384Key(),
                ClientTokens.header(JWSAlgorithm.ES384, ClientTokens.es384Key().getKeyID()).build(),
                ClientTokens.claims(ClientTokens.ES384_ISSUER, PUBLIC_BASE_URL + path).build());
    }
}
