package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.DatabaseBehindProxy;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, durability: with the database cut away (a real TCP proxy between the service and it, see
 * {@link DatabaseBehindProxy}), hook calls still answer at once with their cards, their records wait in
 * the bounded buffer and are written when the database returns, what overflows the buffer is counted,
 * snoozes that cannot be read are skipped and said so, and feedback answers 503 so the client retries.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    private static final Duration AWAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 50;
    /** How much longer than with the database a call may take without it: well under a second. */
    private static final Duration PROMPT = Duration.ofMillis(900);
    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";
    private static final String BP_RULE = "R-HTN-03";
    private static final String BP_CARD = "cards.find { it.source.topic.code == 'R-HTN-03' }";

    @Inject
    OffPathWriter writer;

    @Inject
    BoundedReads reads;

    @AfterEach
    void databaseBack() throws IOException, InterruptedException {
        DatabaseBehindProxy.proxy().restore();
        await("the buffer drained", () -> writer.state().buffered() == 0);
        await("hook calls read the database again",
                () -> reads.read(() -> QuarkusTransaction.requiringNew().call(() -> HookInvocation.count())).isPresent());
    }

    @Test
    void hookCallsAnswerPromptlyWithoutTheDatabaseAndTheirRecordsAreWrittenWhenItReturns()
            throws IOException, InterruptedException {
        long withDatabase = timed(CdsRequest.patientView(patient())).millis();
        await("the call's records written", () -> writer.state().buffered() == 0);
        DatabaseBehindProxy.proxy().cut();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(timed(CdsRequest.patientView(patient())));
        }
        for (Call call : calls) {
            assertThat(call.response().getList("cards.uuid").size(), equalTo(call.cards().size()));
            assertThat(call.cards(), not(equalTo(List.of())));
            assertThat(call.millis(), lessThan(withDatabase + PROMPT.toMillis()));
        }
        assertThat(writer.state().buffered(), equalTo(2 * calls.size()));

        DatabaseBehindProxy.proxy().restore();
        for (Call call : calls) {
            await("the call's invocation row", () -> count(HookInvocation.class, "hookInstance", call.hookInstance()) == 1);
            for (String card : call.cards()) {
                await("its issued_card rows", () -> count(IssuedCard.class, "cardUuid", card) == 1);
            }
        }
    }

    @Test
    void recordsPastTheBufferAreDroppedAndCountedInMetricsAndReadiness() throws IOException, InterruptedException {
        double droppedBefore = metric("everycontact_equity_dropped_total");
        DatabaseBehindProxy.proxy().cut();
        int calls = 6;
        for (int i = 0; i < calls; i++) {
            timed(CdsRequest.patientView(patient()));
        }
        int kept = (int) metric("everycontact_equity_buffered");
        int dropped = 2 * calls - kept;
        assertTrue(kept >= DatabaseOutageProfile.CAPACITY + 1 && kept <= DatabaseOutageProfile.CAPACITY + 2,
                "the queue full, and the call's records the writer took before the cut: " + kept);
        assertEquals(droppedBefore + dropped, metric("everycontact_equity_dropped_total"), "every record kept or counted");
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'equity-records' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'equity-records' }.data.buffered", equalTo(kept))
                .body("checks.find { it.name == 'equity-records' }.data.dropped", equalTo((int) droppedBefore + dropped))
                .body("checks.find { it.name == 'equity-records' }.data.databaseReachable", equalTo(false));

        DatabaseBehindProxy.proxy().restore();
        await("the buffer drained", () -> writer.state().buffered() == 0);
        await("readiness sees the database again (within read-retry-interval)", () -> given().get("/q/health/ready")
                .jsonPath().getBoolean("checks.find { it.name == 'equity-records' }.data.databaseReachable"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'equity-records' }.data.buffered", equalTo(0));
    }

    @Test
    void feedbackWithoutTheDatabaseAnswers503AndTheClientsRetryStoresItOnce() throws IOException {
        String card = UUID.randomUUID().toString();
        String feedback = overridden(card);
        DatabaseBehindProxy.proxy().cut();
        postFeedback(feedback).statusCode(503)
                .contentType(startsWith("application/fhir+json"))
                .header("Retry-After", "30")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("transient"));

        DatabaseBehindProxy.proxy().restore();
        postFeedback(feedback).statusCode(200).body("stored", equalTo(1));
        postFeedback(feedback).statusCode(200).body("stored", equalTo(0)).body("alreadyStored", equalTo(1));
        assertEquals(1, count(CardFeedback.class, "cardUuid", card));
    }

    @Test
    void snoozesThatCannotBeReadAreSkippedAndTheAssessmentSaysSo() throws IOException, InterruptedException {
        TestPatient patient = patient();
        postFeedback(overridden(call(patient).getString(BP_CARD + ".uuid"))).statusCode(200);
        // Awaited rather than asserted once: on a busy machine a read can outlast the production bound.
        await("the snooze read while the database answers", () -> snoozed(patient));

        DatabaseBehindProxy.proxy().cut();
        JsonPath withoutDatabase = call(patient);
        assertThat(withoutDatabase.get(BP_CARD), not(nullValue()));
        assertThat(withoutDatabase.get(ASSESSMENT + ".snoozesUnavailable"), equalTo(true));

        DatabaseBehindProxy.proxy().restore();
        await("snoozes read again (within read-retry-interval of the restore)", () -> snoozed(patient));
    }

    @Test
    void aCardWaitingForTheDatabaseIsHeldInMemorySoFeedbackOnItSnoozesAtOnce()
            throws IOException, InterruptedException {
        TestPatient patient = patient();
        double retriesBefore = metric("everycontact_equity_retries_total");
        DatabaseBehindProxy.proxy().cut();
        String card = call(patient).getString(BP_CARD + ".uuid");
        await("the writer found the database unreachable", () -> metric("everycontact_equity_retries_total") > retriesBefore);

        DatabaseBehindProxy.proxy().restore();
        postFeedback(overridden(card)).statusCode(200);
        await("the card snoozed", () -> snoozed(patient));
    }

    /** One hook call: its answer, its hookInstance and card uuids, and how long it took. */
    private record Call(JsonPath response, String hookInstance, List<String> cards, long millis) {
    }

    private static TestPatient patient() {
        return TestPatient.born("1968-04-12").id("outage-" + UUID.randomUUID());
    }

    private static Call timed(CdsRequest request) {
        long start = System.nanoTime();
        JsonPath response = call(request);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new Call(response, request.body().get("hookInstance").asText(), response.getList("cards.uuid"), millis);
    }

    private static JsonPath call(TestPatient patient) {
        return call(CdsRequest.patientView(patient));
    }

    private static JsonPath call(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .post("/cds-services/everycontact").then().statusCode(200).extract().jsonPath();
    }

    private static String overridden(String card) {
        return """
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-26T10:16:02Z",
                  "overrideReason": {"reason": {"system": "%s", "code": "patient-declined"}}}]}"""
                .formatted(card, OverrideReasons.SYSTEM);
    }

    private static ValidatableResponse postFeedback(String body) {
        return given().contentType("application/json").body(body).post("/cds-services/everycontact/feedback").then();
    }

    /** The value of a Prometheus sample on /q/metrics (summed over its labels), 0 when absent. */
    private static double metric(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long count(Class<?> entity, String field, String value) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) HookInvocation.getEntityManager()
                .createQuery("select count(e) from " + entity.getSimpleName() + " e where e." + field + " = ?1")
                .setParameter(1, value).getSingleResult());
    }

    /** Whether a call now reads the patient's snoozes and finds the blood-pressure rule among them. */
    private static boolean snoozed(TestPatient patient) {
        JsonPath answer = call(patient);
        List<String> snoozed = answer.getList(ASSESSMENT + ".snoozed");
        return answer.get(ASSESSMENT + ".snoozesUnavailable") == null && snoozed != null && snoozed.contains(BP_RULE);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(POLL_MILLIS);
        }
    }
}
