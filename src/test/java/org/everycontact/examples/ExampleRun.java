package org.everycontact.examples;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.everycontact.hooks.AsOfClock;
import org.everycontact.simulator.TransactionPrefetch;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Runs one example file through the service as an EHR would: the as-of date its tags state, a
 * patient-view call with either the prefetch that discovery asks for, built from its transaction
 * Bundle, or no prefetch and the FHIR server the example was loaded into; then checks the assessment
 * against the expectation the Bundle states.
 */
final class ExampleRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_EDITION = "IMD2025";

    private ExampleRun() {
    }

    /** The example files whose expectations hold with the service configured with {@code edition}. */
    static Stream<Path> files(String edition) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(ExampleBundles.FOLDER))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
                    .filter(f -> edition.equals(Objects.requireNonNullElse(expectation(read(f)).imdEdition(),
                            DEFAULT_EDITION)));
        }
    }

    /** The example as an EHR holding its records sends it: everything in the prefetch. */
    static void check(Path file) throws IOException {
        Bundle bundle = read(file);
        Expectation expected = onItsAsOfDate(bundle);
        TransactionPrefetch transaction = new TransactionPrefetch(bundle, TestPatient.FHIR);
        ObjectNode prefetch = JSON.createObjectNode();
        transaction.prefetch(patientViewPrefetch()).forEach((key, resource) -> prefetch.set(key, TestPatient.json(resource)));
        assertAssessment(expected, CdsRequest.patientView(transaction.patientId(), prefetch));
    }

    /**
     * The example loaded into a FHIR server as {@code patientId}: a call with no prefetch, so that the
     * service fetches the whole record from {@code fhirServer} with the access token.
     */
    static void checkFetched(Path file, String patientId, String fhirServer, String accessToken) throws IOException {
        Expectation expected = onItsAsOfDate(read(file));
        JsonNode assessment = assertAssessment(expected, CdsRequest.patientView(patientId).fhirServer(fhirServer)
                .fhirAuthorization(accessToken));
        assertTrue(assessment.path("completeness").has("Patient"), "completeness of the Patient");
        assessment.path("completeness").fields().forEachRemaining(type -> {
            assertEquals("fhir-server", type.getValue().path("source").asText(), type.getKey() + " source");
            assertEquals("complete", type.getValue().path("status").asText(), type.getKey() + " status");
        });
    }

    /** The example's expectation, with the service's as-of date set to the example's. */
    private static Expectation onItsAsOfDate(Bundle bundle) {
        Expectation expected = expectation(bundle);
        QuarkusMock.installMockForType(new AsOfClock(Optional.of(expected.asOf())), AsOfClock.class);
        return expected;
    }

    /** Calls patient-view, checks the assessment against the expectation and returns it. */
    private static JsonNode assertAssessment(Expectation expected, CdsRequest request) throws IOException {
        JsonNode assessment = JSON.readTree(given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact").then().statusCode(200).extract().asString())
                .path("extension").path("org.everycontact.assessment");

        assertEquals(expected.asOf().toString(), assessment.path("asOf").asText(), "as-of date");
        Set<String> findings = new TreeSet<>();
        assessment.path("findings").forEach(f -> findings.add(f.path("ruleId").asText()));
        assertEquals(expected.findings(), findings, "findings");
        JsonNode deprivation = assessment.path("deprivation");
        if (expected.imdEdition() != null) {
            assertEquals(expected.imdEdition(), deprivation.path("imdEdition").asText(), "IMD edition");
        }
        if (expected.core20() != null) {
            assertEquals(expected.core20(), deprivation.path("core20").asBoolean(), "Core20");
        }
        if (expected.imdDecile() != null) {
            assertEquals(expected.imdDecile(), deprivation.path("imdDecile").asInt(), "IMD decile");
        }
        if (expected.nationalIndex() != null) {
            assertEquals(expected.nationalIndex(), deprivation.path("nationalIndex").path("edition").asText(),
                    "national index");
        }
        boolean noFixedAbode = false;
        for (JsonNode fact : assessment.path("facts")) {
            noFixedAbode |= "no-fixed-abode".equals(fact.path("id").asText());
        }
        assertEquals(expected.noFixedAbode(), noFixedAbode, "no fixed abode");
        return assessment;
    }

    /** The prefetch templates the service's discovery declares for patient-view on the as-of date. */
    private static Map<String, String> patientViewPrefetch() throws IOException {
        JsonNode discovery = JSON.readTree(given().get("/cds-services").then().statusCode(200).extract().asString());
        for (JsonNode service : discovery.path("services")) {
            if ("patient-view".equals(service.path("hook").asText())) {
                Map<String, String> templates = new LinkedHashMap<>();
                service.path("prefetch").fields().forEachRemaining(t -> templates.put(t.getKey(), t.getValue().asText()));
                return templates;
            }
        }
        throw new IllegalStateException("discovery lists no patient-view service");
    }

    private static Bundle read(Path file) {
        try {
            return TestPatient.FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Expectation expectation(Bundle bundle) {
        return Expectation.of(bundle.getMeta().getTag());
    }
}
