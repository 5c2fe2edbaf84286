package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every hook response must satisfy whatever the patient (CDS Hooks 2.0 §Cards, the cds-resp
 * invariants, clinical-spec §9.3), and that requests shaped as the CDS Hooks Sandbox and Epic send
 * them are answered. Prefetch is always complete, so nothing is fetched from the fhirServer named.
 */
@QuarkusTest
class ResponseInvariantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINDINGS = "org.everycontact.findings";
    private static final String ASSESSMENT = "org.everycontact.assessment";
    private static final List<String> FORBIDDEN_IN_SUMMARY = List.of("deprived", "core20", "imd", "homeless");

    static Stream<Arguments> patients() {
        return Stream.of(
                Arguments.of("17-year-old: no cards", CdsRequest.patientView(TestPatient.born("2009-06-01")),
                        List.of()),
                Arguments.of("never measured: R-HTN-03", CdsRequest.patientView(TestPatient.born("1970-01-01")),
                        List.of("R-HTN-03")),
                Arguments.of("invalid NHS number", CdsRequest.patientView(
                        TestPatient.born("1970-01-01").nhsNumber("1000000010")), List.of("R-HTN-03", "DQ-NHS-NUMBER")),
                Arguments.of("observations unavailable", observationsUnavailable(),
                        List.of("DQ-INCOMPLETE-RECORD", "DQ-NHS-NUMBER")));
    }

    private static CdsRequest observationsUnavailable() {
        OperationOutcome error = new OperationOutcome();
        error.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.TIMEOUT);
        return CdsRequest.patientView(TestPatient.born("1960-01-01").nhsNumber("9434765918"))
                .prefetchValue("observations", TestPatient.json(error));
    }

    private static JsonNode call(String body) {
        Response response = given().contentType("application/json").body(body)
                .when().post("/cds-services/everycontact");
        assertEquals(200, response.statusCode(), response.asString());
        assertThat(response.contentType(), startsWith("application/json"));
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("response is not JSON: " + response.asString(), e);
        }
    }

    /** The probe topics (blood pressure and data quality) of the response's cards, in card order. */
    private static List<String> topics(JsonNode response) {
        List<String> topics = new ArrayList<>();
        response.get("cards").forEach(card -> topics.add(card.path("source").path("topic").path("code").asText()));
        return topics.stream().filter(t -> t.startsWith("R-HTN") || t.startsWith("DQ-")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patients")
    void everyResponseMeetsTheCardInvariants(String name, CdsRequest request, List<String> expectedTopics) {
        JsonNode response = call(request.toString());
        assertTrue(response.path("cards").isArray(), "cards array");
        assertThat(topics(response), expectedTopics.isEmpty() ? empty()
                : containsInAnyOrder(expectedTopics.toArray(String[]::new)));
        response.get("cards").forEach(ResponseInvariantsTest::assertCardInvariants);
        assertNoEmptyValues(response, "$");
    }

    @Test
    void noGuidanceIsAnEmptyCardsArray() {
        String body = given().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("2009-06-01")).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200).extract().asString();
        assertThat(body.replaceAll("\\s", ""), startsWith("{\"cards\":[]"));
    }

    @Test
    void cardUuidsAreDistinctAcrossCardsAndCalls() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            call(CdsRequest.patientView(TestPatient.born("1970-01-01").nhsNumber("1000000010")).toString())
                    .get("cards").forEach(card -> uuids.add(card.get("uuid").asText()));
        }
        assertThat(uuids.size(), greaterThanOrEqualTo(6));
        assertEquals(uuids.size(), new HashSet<>(uuids).size(), "distinct uuids in " + uuids);
    }

    @Test
    void sandboxShapedRequestIsAnswered() {
        TestPatient patient = TestPatient.born("1970-01-01").id("smart-1288992");
        ObjectNode body = JSON.createObjectNode();
        body.put("hookInstance", UUID.randomUUID().toString());
        body.put("fhirServer", "http://localhost:8080/fhir");
        body.put("hook", "patient-view");
        ObjectNode context = body.putObject("context");
        context.put("userId", "Practitioner/COREPRACTITIONER1");
        context.put("patientId", patient.id());
        context.put("encounterId", "89284");
        body.putObject("extension").put("org.example.sandbox-note", "ignored").putObject("nested").put("a", 1);
        body.put("sandboxVersion", "2.0.0");
        body.set("prefetch", patient.prefetch());

        JsonNode response = call(body.toString());
        assertThat(topics(response), contains("R-HTN-03"));
        response.get("cards").forEach(ResponseInvariantsTest::assertCardInvariants);
    }

    @Test
    void epicShapedRequestIsAnswered() {
        TestPatient patient = TestPatient.born("1970-01-01").id("eRvOrZp3Yh1iYk2cFsQkGyQ3");
        ObjectNode body = JSON.createObjectNode();
        body.put("hook", "patient-view");
        body.put("hookInstance", UUID.randomUUID().toString());
        body.put("fhirServer", "https://fhir.epic.example/interconnect-fhir-oauth/api/FHIR/R4");
        ObjectNode auth = body.putObject("fhirAuthorization");
        auth.put("access_token", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
        auth.put("token_type", "Bearer");
        auth.put("expires_in", 3600);
        auth.put("scope", "patient/Patient.read patient/Observation.read patient/Condition.read");
        auth.put("subject", "everycontact-client-id");
        auth.put("patient", patient.id());
        ObjectNode context = body.putObject("context");
        context.put("userId", "PractitionerRole/123");
        context.put("patientId", patient.id());
        context.put("encounterId", "eN2Q7h1x3");
        ObjectNode extension = body.putObject("extension");
        extension.put("com.epic.cdshooks.request.bpa-trigger-action", "23");
        extension.put("com.epic.cdshooks.request.cds-hooks-specification-version", "2.0");
        extension.put("com.epic.cdshooks.request.fhir-version", "R4");
        extension.put("com.epic.cdshooks.request.criteria-id", "1234");
        extension.put("com.epic.cdshooks.request.epic-version", "11.1");
        ObjectNode prefetch = patient.prefetch();
        prefetch.set("conditions", epicNoResultsBundle());
        body.set("prefetch", prefetch);

        JsonNode response = call(body.toString());
        assertThat(topics(response), contains("R-HTN-03"));
        response.get("cards").forEach(ResponseInvariantsTest::assertCardInvariants);
        JsonNode completeness = response.path("extension").path(ASSESSMENT).path("completeness");
        assertEquals("complete", completeness.path("Condition").path("status").asText());
    }

    private static JsonNode epicNoResultsBundle() {
        OperationOutcome info = new OperationOutcome();
        info.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics("Resource request returns no results.");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(0);
        bundle.addEntry().setResource(info).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        return TestPatient.json(bundle);
    }

    private static void assertCardInvariants(JsonNode card) {
        String uuid = card.path("uuid").asText();
        assertEquals(uuid, UUID.fromString(uuid).toString(), "uuid");

        String summary = card.path("summary").asText();
        assertTrue(summary.length() >= 1 && summary.length() <= 139, "summary length: " + summary);
        String lower = summary.toLowerCase(Locale.ROOT);
        FORBIDDEN_IN_SUMMARY.forEach(word -> assertThat(lower, not(containsString(word))));

        assertEquals("info", card.path("indicator").asText());

        JsonNode detail = card.path("detail");
        assertTrue(detail.isTextual() && !detail.asText().isBlank(), "detail present");
        assertFalse(detail.asText().matches("(?s).*<[a-zA-Z/][^>]*>.*"), "detail is Markdown, not HTML");

        JsonNode source = card.path("source");
        assertFalse(source.path("label").asText().isBlank(), "source.label");
        assertFalse(source.path("topic").path("system").asText().isBlank(), "source.topic.system");
        String topic = source.path("topic").path("code").asText();
        assertFalse(topic.isBlank(), "source.topic.code");

        JsonNode findings = card.path("extension").path(FINDINGS);
        assertTrue(findings.isArray() && !findings.isEmpty(), "findings extension");
        List<String> findingIds = new ArrayList<>();
        findings.forEach(f -> findingIds.add(f.asText()));
        if (!topic.equals("MORE-OPPORTUNITIES")) {
            // The "more" card lists the rule ids of the prompts it summarises (clinical-spec C1), not its own topic.
            assertThat(findingIds, hasItem(topic));
        }

        card.path("overrideReasons").forEach(reason -> {
            assertFalse(reason.path("system").asText().isBlank(), "overrideReason.system");
            assertFalse(reason.path("code").asText().isBlank(), "overrideReason.code");
            assertFalse(reason.path("display").asText().isBlank(), "overrideReason.display");
        });
        card.path("links").forEach(link -> {
            assertFalse(link.path("label").asText().isBlank(), "link.label");
            assertTrue(URI.create(link.path("url").asText()).isAbsolute(), "link.url absolute");
            assertEquals("absolute", link.path("type").asText());
            assertFalse(link.has("appContext"), "appContext on an absolute link");
        });
    }

    /** CDS Hooks: no null, "", [] or {} anywhere; the one exception is an empty top-level cards array. */
    private static void assertNoEmptyValues(JsonNode node, String path) {
        assertFalse(node.isNull(), "null at " + path);
        if (node.isTextual()) {
            assertFalse(node.asText().isEmpty(), "empty string at " + path);
        } else if (node.isArray()) {
            assertFalse(node.isEmpty() && !path.equals("$.cards"), "empty array at " + path);
            for (int i = 0; i < node.size(); i++) {
                assertNoEmptyValues(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            assertFalse(node.isEmpty(), "empty object at " + path);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertNoEmptyValues(field.getValue(), path + "." + field.getKey());
            }
        }
    }
}
