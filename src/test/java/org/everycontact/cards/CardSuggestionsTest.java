package org.everycontact.cards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Card suggestions on the wire (clinical-spec §9.3, CDS Hooks 2.0): a uuid each, unique; exactly one
 * create action with a description; a FHIR R4 resource about this patient with the status and intent of
 * its kind (SuggestionResourcesTest validates each kind with HAPI's validator); selectionBehavior "any"
 * on every card with suggestions; and for each rule the verified concepts it offers, never a prescription.
 * Cards without a directory entry link to the national NHS website page.
 */
@QuarkusTest
class CardSuggestionsTest {

    private static final FhirContext FHIR = TestPatient.FHIR;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNOMED = TestPatient.SNOMED;
    private static final String COPD = "13645005";
    private static final String SMOKER = "77176002";
    /** Per card topic, the resource type and SNOMED CT code of each suggestion, in order; others offer none. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "R-HTN-01", List.of("ServiceRequest 164783007"),
            "R-HTN-03", List.of("Task 46973005"),
            "R-RESP-01", List.of("ServiceRequest 822851000000102", "ServiceRequest 12866006",
                    "Observation 822931000000100", "Observation 401086001"),
            "R-VAC-FLU-01", List.of("ServiceRequest 822851000000102", "Observation 822931000000100"),
            "R-VAC-PNEU-01", List.of("ServiceRequest 12866006", "Observation 401086001"),
            "R-VAC-SHG-01", List.of("ServiceRequest 722215002", "Observation 9691000175102"),
            "R-VAC-RSV-01", List.of("ServiceRequest 1303503001"),
            "R-MECC-SMK-01", List.of("ServiceRequest 871661000000106"));

    private static final Set<String> UUIDS = new HashSet<>();

    static Stream<Arguments> patients() {
        return Stream.of(
                Arguments.of("R-HTN-01 raised BP, 52", TestPatient.born("1974-01-01")
                        .bloodPressure("2026-03-03T09:15:00Z", 152, 94), List.of("R-HTN-01")),
                Arguments.of("R-HTN-03 no BP, 50", TestPatient.born("1976-01-01"), List.of("R-HTN-03")),
                Arguments.of("R-RESP-01 COPD, 67", TestPatient.born("1959-06-01").male()
                        .bloodPressure("2026-10-01T09:15:00Z", 128, 78)
                        .condition(SNOMED, COPD, "2019-03-01"), List.of("R-RESP-01", "R-VAC-SHG-01")),
                Arguments.of("R-VAC aged 80", TestPatient.born("1946-01-01"),
                        List.of("R-VAC-FLU-01", "R-VAC-PNEU-01", "R-VAC-RSV-01")),
                Arguments.of("R-MECC-SMK-01 smoker, 40", TestPatient.born("1986-01-01")
                        .codedEvent(SNOMED, SMOKER, "2026-05-01T10:00:00Z"), List.of("R-MECC-SMK-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patients")
    void everySuggestionIsOneValidCreateForThisPatient(String name, TestPatient patient, List<String> topics)
            throws Exception {
        JsonNode cards = call(patient).get("cards");
        List<String> seen = new ArrayList<>();
        for (JsonNode card : cards) {
            String topic = card.path("source").path("topic").path("code").asText();
            seen.add(topic);
            List<String> offered = new ArrayList<>();
            for (JsonNode suggestion : card.path("suggestions")) {
                offered.add(checkedSuggestion(suggestion, patient.id()));
            }
            assertEquals(expected(topic, card.path("summary").asText()), offered, topic);
            assertEquals(offered.isEmpty() ? "" : "any", card.path("selectionBehavior").asText(), topic);
        }
        assertThat(name, seen, hasItems(topics.toArray(String[]::new)));
    }

    @Test
    void withoutADirectoryEntryCardsLinkToTheNationalNhsPage() throws Exception {
        JsonNode cards = call(TestPatient.born("1974-01-01").bloodPressure("2026-03-03T09:15:00Z", 152, 94)).get("cards");
        JsonNode card = Stream.of(JSON.treeToValue(cards, JsonNode[].class))
                .filter(c -> c.path("source").path("topic").path("code").asText().equals("R-HTN-01"))
                .findFirst().orElseThrow();
        Link national = ServiceType.PHARMACY_BLOOD_PRESSURE.national();
        assertEquals(national.url(), card.path("links").path(0).path("url").asText());
        assertEquals(national.label(), card.path("links").path(0).path("label").asText());
    }

    /** A smoking card that asks for a smoking status to be recorded offers no referral yet. */
    private static List<String> expected(String topic, String summary) {
        return summary.startsWith("No smoking status") ? List.of() : EXPECTED.getOrDefault(topic, List.of());
    }

    /** Checks one suggestion and returns "ResourceType code". */
    private static String checkedSuggestion(JsonNode suggestion, String patientId) {
        String uuid = suggestion.path("uuid").asText();
        assertEquals(uuid, UUID.fromString(uuid).toString(), "uuid");
        assertTrue(UUIDS.add(uuid), "uuid unique: " + uuid);
        assertFalse(suggestion.path("label").asText().isBlank(), "label");
        JsonNode actions = suggestion.path("actions");
        assertEquals(1, actions.size(), "exactly one action");
        JsonNode action = actions.get(0);
        assertEquals("create", action.path("type").asText());
        assertFalse(action.path("description").asText().isBlank(), "description");

        Resource resource = (Resource) FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(action.path("resource").toString());

        String subject = "Patient/" + patientId;
        if (resource instanceof ServiceRequest request) {
            assertEquals(ServiceRequest.ServiceRequestStatus.DRAFT, request.getStatus());
            assertEquals(ServiceRequest.ServiceRequestIntent.PROPOSAL, request.getIntent());
            assertEquals(subject, request.getSubject().getReference());
            return "ServiceRequest " + code(request.getCode().getCodingFirstRep());
        }
        if (resource instanceof Task task) {
            assertEquals(Task.TaskStatus.REQUESTED, task.getStatus());
            assertEquals(Task.TaskIntent.PROPOSAL, task.getIntent());
            assertEquals(subject, task.getFor().getReference());
            return "Task " + code(task.getCode().getCodingFirstRep());
        }
        Observation observation = (Observation) resource;
        assertEquals(Observation.ObservationStatus.FINAL, observation.getStatus());
        assertEquals(subject, observation.getSubject().getReference());
        return "Observation " + code(observation.getCode().getCodingFirstRep());
    }

    private static String code(org.hl7.fhir.r4.model.Coding coding) {
        assertEquals(SNOMED, coding.getSystem());
        assertFalse(coding.getDisplay().isBlank(), "display");
        return coding.getCode();
    }

    private static JsonNode call(TestPatient patient) throws Exception {
        String body = given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }
}
