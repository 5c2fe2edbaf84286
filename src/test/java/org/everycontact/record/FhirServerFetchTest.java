package org.everycontact.record;

import static io.restassured.RestAssured.given;
import static org.everycontact.support.FhirTestServer.Behaviour.ERROR_500;
import static org.everycontact.support.FhirTestServer.Behaviour.INVALID_JSON;
import static org.everycontact.support.FhirTestServer.Behaviour.OVERSIZED;
import static org.everycontact.support.FhirTestServer.Behaviour.OVERSIZED_CHUNKED;
import static org.everycontact.support.FhirTestServer.Behaviour.REDIRECT;
import static org.everycontact.support.FhirTestServer.Behaviour.SLOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fetching what prefetch lacks from the client's FHIR server (README "Prefetch and fetching"), with
 * a real HTTP server on loopback. As-of date 2026-11-26: a BP before 2021-11-26 is out of the look-back.
 */
@QuarkusTest
class FhirServerFetchTest {

    private static final String COMPLETENESS = "extension.'org.everycontact.assessment'.completeness.";
    private static final String TOPICS = Topics.PROBE;
    private static final String NO_BP = "R-HTN-03";
    private static final String INCOMPLETE = "DQ-INCOMPLETE-RECORD";
    /** Far beyond the 2 s deadline, so that a first call in a cold JVM still answers well before it. */
    private static final Duration SLOWNESS = Duration.ofSeconds(10);

    @Inject
    FetchConfig fetchConfig;

    private FhirTestServer server;
    /** Another host: the access token must never reach it. */
    private FhirTestServer elsewhere;

    @BeforeEach
    void startServer() throws IOException {
        server = new FhirTestServer().slowness(SLOWNESS)
                .oversize(fetchConfig.maxResponseSize().asLongValue() + 1024);
        elsewhere = new FhirTestServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
        elsewhere.close();
    }

    private static TestPatient lastBpIn2020() {
        return TestPatient.born("1960-01-01").bloodPressure("2020-06-01T10:00:00Z", 140, 85);
    }

    private static TestPatient recentBp() {
        return TestPatient.born("1960-01-01").bloodPressure("2024-04-04", 130, 80);
    }

    private static ValidatableResponse post(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then();
    }

    private CdsRequest missingObservationsAndConditions(TestPatient patient) {
        server.serve(patient);
        return CdsRequest.patientView(patient).withoutPrefetch("observations", "conditions")
                .fhirServer(server.baseUrl());
    }

    /** The first {@code size} entries of the patient's search for a type, with a next link to the server. */
    private Bundle firstPage(TestPatient patient, String type, int size) {
        return firstPage(patient, type, size, server);
    }

    private static Bundle firstPage(TestPatient patient, String type, int size, FhirTestServer linkedTo) {
        Bundle bundle = patient.bundleOf(type);
        bundle.getEntry().subList(size, bundle.getEntry().size()).clear();
        bundle.addLink().setRelation(Bundle.LINK_NEXT)
                .setUrl(linkedTo.baseUrl() + "/" + type + "?patient=" + patient.id() + "&_offset=" + size);
        return bundle;
    }

    private static void assertIncomplete(ValidatableResponse response, String type, String status) {
        response.statusCode(200)
                .body(TOPICS, contains(INCOMPLETE))
                .body(COMPLETENESS + type + ".status", equalTo(status));
    }

    private static void assertPreconditionFailed(ValidatableResponse response, String... keys) {
        String[] expressions = Arrays.stream(keys).map(k -> "prefetch." + k).toArray(String[]::new);
        response.statusCode(412)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("processing"))
                .body("issue[0].expression", containsInAnyOrder(expressions));
    }

    @Test
    void missingKeysAreFetchedWithTheBearerTokenAndAnOldBpFires() {
        post(missingObservationsAndConditions(lastBpIn2020()).fhirAuthorization("secret-token"))
                .statusCode(200)
                .body(TOPICS, contains(NO_BP))
                .body(COMPLETENESS + "Observation.status", equalTo("complete"))
                .body(COMPLETENESS + "Observation.source", equalTo("fhir-server"))
                .body(COMPLETENESS + "Condition.source", equalTo("fhir-server"))
                .body(COMPLETENESS + "Patient.source", equalTo("prefetch"));
        assertThat(server.authorizations(), not(empty()));
        assertThat(server.authorizations(), everyItem(equalTo("Bearer secret-token")));
    }

    @Test
    void recentBpFetchedFromTheServerSuppressesTheCard() {
        post(missingObservationsAndConditions(recentBp()).fhirAuthorization("secret-token"))
                .statusCode(200)
                .body(TOPICS, empty())
                .body(COMPLETENESS + "Observation.source", equalTo("fhir-server"));
    }

    @Test
    void withNoPrefetchAtAllEverythingIsFetchedIncludingThePatient() {
        TestPatient patient = lastBpIn2020();
        server.serve(patient);
        CdsRequest request = CdsRequest.patientView(patient).fhirServer(server.baseUrl())
                .fhirAuthorization("secret-token");
        request.body().remove("prefetch");
        ValidatableResponse response = post(request).statusCode(200).body(TOPICS, contains(NO_BP));
        TestPatient.KEYS.values().forEach(type -> response
                .body(COMPLETENESS + type + ".status", equalTo("complete"))
                .body(COMPLETENESS + type + ".source", equalTo("fhir-server")));
        assertThat(server.requests(), hasItem("Patient/" + patient.id()));
    }

    @Test
    void R_LIP_01_fetchedMedicationRequestsIncludeTheMedicationsTheyNameSoAStatinByReferenceCounts() {
        TestPatient patient = TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, "53741008", "2015-01-01")
                .medicationRequestReferring("https://dmd.nhs.uk", "320030001", "2026-10-01");
        server.serve(patient);
        post(CdsRequest.patientView(patient).withoutPrefetch("medicationRequests").fhirServer(server.baseUrl()))
                .statusCode(200)
                .body(Topics.findings("R-LIP"), not(hasItem("R-LIP-01")))
                .body(COMPLETENESS + "MedicationRequest.status", equalTo("complete"))
                .body(COMPLETENESS + "MedicationRequest.source", equalTo("fhir-server"));
        assertThat(server.requests(), hasItem(startsWith("MedicationRequest?patient=" + patient.id())));
        assertThat(server.requests(), everyItem(not(startsWith("Medication/"))));
        assertThat(server.requests().stream().filter(r -> r.startsWith("MedicationRequest?")).toList(),
                everyItem(containsString("_include=MedicationRequest")));
    }

    @Test
    void openServerWithoutFhirAuthorizationIsFetchedWithoutAnAuthorizationHeader() {
        post(missingObservationsAndConditions(recentBp()))
                .statusCode(200)
                .body(TOPICS, empty())
                .body(COMPLETENESS + "Observation.source", equalTo("fhir-server"));
        assertThat(server.requests(), not(empty()));
        assertThat(server.authorizations(), empty());
    }

    @Test
    void allPagesOfAFetchedSearchAreFollowed() {
        TestPatient patient = TestPatient.born("1960-01-01");
        for (int year = 2010; year < 2016; year++) {
            patient.bloodPressure(year + "-03-01", 140, 85);
        }
        patient.bloodPressure("2025-03-01", 128, 80);
        server.pageSize(2);
        post(missingObservationsAndConditions(patient))
                .statusCode(200)
                .body(TOPICS, empty())
                .body(COMPLETENESS + "Observation.status", equalTo("complete"));
        assertThat(server.requests(), hasItem("Observation?patient=" + patient.id() + "&_offset=6"));
    }

    @Test
    void nextLinkInAPrefetchBundleIsFollowedOnTheFhirServer() {
        TestPatient patient = lastBpIn2020().bloodPressure("2025-03-01", 128, 80);
        server.serve(patient);
        post(CdsRequest.patientView(patient)
                .prefetchValue("observations", TestPatient.json(firstPage(patient, "Observation", 1)))
                .fhirServer(server.baseUrl()))
                .statusCode(200)
                .body(TOPICS, empty())
                .body(COMPLETENESS + "Observation.status", equalTo("complete"))
                .body(COMPLETENESS + "Observation.source", equalTo("fhir-server"));
        assertThat(server.requests(), contains("Observation?patient=" + patient.id() + "&_offset=1"));
    }

    @Test
    void nextLinkInAPrefetchBundleWithoutFhirServerLeavesTheTypePartialAndWithholdsTheRule() {
        TestPatient patient = lastBpIn2020().bloodPressure("2025-03-01", 128, 80);
        ValidatableResponse response = post(CdsRequest.patientView(patient)
                .prefetchValue("observations", TestPatient.json(firstPage(patient, "Observation", 1))));
        assertIncomplete(response, "Observation", "partial");
        response.body(TOPICS, not(hasItem(NO_BP)))
                .body(COMPLETENESS + "Observation.source", equalTo("prefetch"));
        assertThat(server.requests(), empty());
    }

    /** SLOW answers nothing for 10 s; TRICKLE sends a byte every 100 ms, so no read ever times out. */
    @ParameterizedTest
    @EnumSource(names = {"SLOW", "TRICKLE"})
    void slowObservationSearchIsCutOffAtTheDeadlineAndMarkedUnavailable(FhirTestServer.Behaviour slow) {
        server.behave("Observation", slow);
        long start = System.nanoTime();
        ValidatableResponse response = post(missingObservationsAndConditions(lastBpIn2020()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertIncomplete(response, "Observation", "unavailable");
        response.body(TOPICS, not(hasItem(NO_BP)))
                .body(COMPLETENESS + "Observation.reason", containsString("deadline"));
        assertThat(took, lessThan(SLOWNESS));
    }

    @Test
    void slowPatientReadIsPreconditionFailed() {
        TestPatient patient = lastBpIn2020();
        server.serve(patient).behave("Patient", SLOW);
        assertPreconditionFailed(post(CdsRequest.patientView(patient).withoutPrefetch("patient")
                .fhirServer(server.baseUrl())), "patient");
    }

    @Test
    void serverErrorOnConditionsMarksThemUnavailable() {
        server.behave("Condition", ERROR_500);
        ValidatableResponse response = post(missingObservationsAndConditions(lastBpIn2020()));
        assertIncomplete(response, "Condition", "unavailable");
        response.body(COMPLETENESS + "Condition.source", equalTo("fhir-server"));
    }

    @Test
    void serverErrorOnPatientIsPreconditionFailed() {
        TestPatient patient = lastBpIn2020();
        server.serve(patient).behave("Patient", ERROR_500);
        assertPreconditionFailed(post(CdsRequest.patientView(patient).withoutPrefetch("patient")
                .fhirServer(server.baseUrl())), "patient");
    }

    @Test
    void invalidJsonFromTheServerMarksObservationsUnavailableNotAFault() {
        server.behave("Observation", INVALID_JSON);
        ValidatableResponse response = post(missingObservationsAndConditions(lastBpIn2020()));
        assertIncomplete(response, "Observation", "unavailable");
        response.body(TOPICS, not(hasItem(NO_BP)));
    }

    @Test
    void missingKeysWithoutFhirServerArePreconditionFailedNamingEachKey() {
        assertPreconditionFailed(post(CdsRequest.patientView(lastBpIn2020())
                .withoutPrefetch("observations", "conditions")), "observations", "conditions");
    }

    @Test
    void redirectToAnotherHostIsNotFollowedAndTheTypeIsUnavailable() {
        TestPatient patient = lastBpIn2020();
        elsewhere.serve(patient);
        server.behave("Observation", REDIRECT).redirectTo(elsewhere.baseUrl());
        ValidatableResponse response = post(missingObservationsAndConditions(patient).fhirAuthorization("secret-token"));
        assertIncomplete(response, "Observation", "unavailable");
        response.body(COMPLETENESS + "Observation.reason", containsString("redirect"))
                .body(COMPLETENESS + "Condition.status", equalTo("complete"));
        assertThat(elsewhere.requests(), empty());
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowedAndTheTypeIsPartial() {
        TestPatient patient = lastBpIn2020().bloodPressure("2025-03-01", 128, 80);
        server.serve(patient);
        elsewhere.serve(patient);
        ValidatableResponse response = post(CdsRequest.patientView(patient)
                .prefetchValue("observations", TestPatient.json(firstPage(patient, "Observation", 1, elsewhere)))
                .fhirServer(server.baseUrl()).fhirAuthorization("secret-token"));
        assertIncomplete(response, "Observation", "partial");
        response.body(COMPLETENESS + "Observation.reason", containsString("away from fhirServer"));
        assertThat(elsewhere.requests(), empty());
        assertThat(server.requests(), empty());
    }

    @Test
    void oversizedLaterPageIsRefusedAndTheTypeIsPartial() {
        TestPatient patient = lastBpIn2020().bloodPressure("2025-03-01", 128, 80);
        server.serve(patient).behave("Observation", OVERSIZED);
        ValidatableResponse response = post(CdsRequest.patientView(patient)
                .prefetchValue("observations", TestPatient.json(firstPage(patient, "Observation", 1)))
                .fhirServer(server.baseUrl()));
        assertIncomplete(response, "Observation", "partial");
        response.body(COMPLETENESS + "Observation.reason", containsString("larger than the limit"))
                .body(COMPLETENESS + "Observation.source", equalTo("fhir-server"));
        assertThat(server.requests(), contains("Observation?patient=" + patient.id() + "&_offset=1"));
    }

    @Test
    void oversizedChunkedAnswerWithoutContentLengthIsRefusedAndTheTypeIsUnavailable() {
        server.behave("Observation", OVERSIZED_CHUNKED);
        ValidatableResponse response = post(missingObservationsAndConditions(lastBpIn2020()));
        assertIncomplete(response, "Observation", "unavailable");
        response.body(COMPLETENESS + "Observation.reason", containsString("larger than the limit"))
                .body(TOPICS, not(hasItem(NO_BP)));
    }
}
