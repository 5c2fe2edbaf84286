package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.everycontact.support.ClientTokens.RS384_ISSUER;
import static org.everycontact.support.ClientTokens.audience;
import static org.everycontact.support.ClientTokens.claims;
import static org.everycontact.support.ClientTokens.header;
import static org.everycontact.support.ClientTokens.rs384Key;
import static org.everycontact.support.ClientTokens.sign;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.JWSAlgorithm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * fhirServer must be on the calling client's list (everycontact.auth.clients.*.fhir-servers), checked
 * before any connection: the test profile's test-ehr client lists the loopback test servers on any
 * port, test-rs lists only https://ehr.example.org/fhir/.
 */
@QuarkusTest
class FhirServerAllowlistThroughHookTest {

    private static final String SERVICE = "/cds-services/everycontact";

    private final FhirTestServer server = new FhirTestServer();
    private final TestPatient patient = TestPatient.born("1960-01-01").bloodPressure("2024-04-04", 130, 80);

    FhirServerAllowlistThroughHookTest() throws IOException {
        server.serve(patient);
    }

    @AfterEach
    void close() {
        server.close();
    }

    private static String rsClientToken() {
        return "Bearer " + sign(rs384Key(), header(JWSAlgorithm.RS384, rs384Key().getKeyID()).build(),
                claims(RS384_ISSUER, audience(SERVICE)).build());
    }

    private CdsRequest needingAFetchFrom(String fhirServer) {
        return CdsRequest.patientView(patient).withoutPrefetch("observations").fhirServer(fhirServer);
    }

    private static void assertForbidden(ValidatableResponse response) {
        response.statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"))
                .body("issue[0].expression", hasItem("fhirServer"));
    }

    @Test
    void fhirServerNotOnTheClientsListIsRefusedBeforeAnyConnection() {
        assertForbidden(given().header("Authorization", rsClientToken()).contentType("application/json")
                .body(needingAFetchFrom(server.baseUrl()).fhirAuthorization("secret-token").toString())
                .when().post(SERVICE).then());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void fhirServerOnAnotherPathOfAnAllowedHostIsRefusedBeforeAnyConnection() {
        assertForbidden(given().contentType("application/json")
                .body(needingAFetchFrom(server.baseUrl() + "/other").toString())
                .when().post(SERVICE).then());
        assertEquals(List.of(), server.requests());
    }

    @Test
    void fhirServerOnTheClientsListIsFetchedFromWithOrWithoutTrailingSlash() {
        given().contentType("application/json").body(needingAFetchFrom(server.baseUrl() + "/").toString())
                .when().post(SERVICE).then().statusCode(200);
        assertFalse(server.requests().isEmpty());
    }

    @Test
    void clientsOwnFhirServerIsAcceptedWhenPrefetchIsComplete() {
        given().header("Authorization", rsClientToken()).contentType("application/json")
                .body(CdsRequest.patientView(patient).fhirServer("https://ehr.example.org/fhir").toString())
                .when().post(SERVICE).then().statusCode(200);
    }
}
