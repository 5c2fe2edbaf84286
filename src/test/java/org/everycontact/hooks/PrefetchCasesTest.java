package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prefetch cases CDS Hooks distinguishes (README "Prefetch and fetching"), with no fhirServer so
 * that nothing is fetched: null, empty, missing, OperationOutcomes top-level and as Epic's
 * {@code search.mode=outcome} entries, unrequested keys, other patients' resources, NHS numbers.
 */
@QuarkusTest
class PrefetchCasesTest {

    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";
    private static final String TOPICS = Topics.PROBE;

    private static ValidatableResponse post(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then();
    }

    private static CdsRequest unmeasured1970Patient() {
        return CdsRequest.patientView(TestPatient.born("1970-01-01"));
    }

    private static OperationOutcome outcome(IssueSeverity severity, IssueType type, String text) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(text);
        return outcome;
    }

    /** A searchset Bundle as Epic sends it when a search fails or finds nothing: one outcome entry. */
    private static JsonNode outcomeEntryBundle(IssueSeverity severity, String text) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setResource(outcome(severity, IssueType.PROCESSING, text))
                .getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        return TestPatient.json(bundle);
    }

    @Test
    void nullForEverySearchKeyMeansCompleteAndEmpty() {
        CdsRequest request = unmeasured1970Patient();
        TestPatient.KEYS.keySet().stream().filter(key -> !key.equals("patient"))
                .forEach(key -> request.prefetchValue(key, NullNode.getInstance()));
        post(request).statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body(ASSESSMENT + ".completeness.collect { it.value.status }", everyItem(equalTo("complete")))
                .body(ASSESSMENT + ".completeness.Observation.status", equalTo("complete"))
                .body(ASSESSMENT + ".withheld", nullValue());
    }

    @Test
    void emptyBundlesMeanCompleteAndEmpty() {
        post(unmeasured1970Patient()).statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body(ASSESSMENT + ".completeness.collect { it.value.status }", everyItem(equalTo("complete")))
                .body(ASSESSMENT + ".completeness.Observation.source", equalTo("prefetch"))
                .body(ASSESSMENT + ".withheld", nullValue());
    }

    @Test
    void topLevelErrorOutcomeWithoutFhirServerMakesObservationsUnavailable() {
        post(unmeasured1970Patient().prefetchValue("observations",
                TestPatient.json(outcome(IssueSeverity.ERROR, IssueType.TIMEOUT, "search timed out"))))
                .statusCode(200)
                .body(TOPICS, contains("DQ-INCOMPLETE-RECORD"))
                .body(TOPICS, not(hasItem("R-HTN-03")))
                .body(ASSESSMENT + ".completeness.Observation.status", equalTo("unavailable"))
                .body(ASSESSMENT + ".withheld.rule", hasItem("R-HTN-03"));
    }

    @Test
    void T_DQ_01_immunizationsThatCouldNotBeReadGiveOneDataCompletenessCard() {
        post(unmeasured1970Patient().prefetchValue("immunizations",
                TestPatient.json(outcome(IssueSeverity.ERROR, IssueType.TIMEOUT, "search timed out"))))
                .statusCode(200)
                .body(TOPICS, contains("R-HTN-03", "DQ-INCOMPLETE-RECORD"))
                .body("cards.find { it.source.topic.code == 'DQ-INCOMPLETE-RECORD' }.detail",
                        containsString("Immunization: not available"))
                .body(ASSESSMENT + ".completeness.Immunization.status", equalTo("unavailable"));
    }

    @Test
    void epicInformationOutcomeEntryIsAnEmptyCompleteResult() {
        post(unmeasured1970Patient().prefetchValue("observations",
                outcomeEntryBundle(IssueSeverity.INFORMATION, "Resource request returns no results.")))
                .statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body("cards[0].detail", containsString("No blood pressure reading found in the record"))
                .body(ASSESSMENT + ".completeness.Observation.status", equalTo("complete"))
                .body(ASSESSMENT + ".excludedResources", equalTo(0));
    }

    @Test
    void errorOutcomeEntryInABundleMakesObservationsUnavailable() {
        post(unmeasured1970Patient().prefetchValue("observations",
                outcomeEntryBundle(IssueSeverity.ERROR, "The search could not be completed.")))
                .statusCode(200)
                .body(TOPICS, contains("DQ-INCOMPLETE-RECORD"))
                .body(ASSESSMENT + ".completeness.Observation.status", equalTo("unavailable"));
    }

    @Test
    void missingKeysWithoutFhirServerAre412NamingThem() {
        post(unmeasured1970Patient().withoutPrefetch("observations", "immunizations"))
                .statusCode(412)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].expression", containsInAnyOrder("prefetch.observations", "prefetch.immunizations"))
                .body("issue[0].diagnostics", containsString("observations"))
                .body("issue[0].diagnostics", containsString("immunizations"));
    }

    @Test
    void noPrefetchAtAllWithoutFhirServerIs412NamingEveryKey() {
        CdsRequest request = unmeasured1970Patient();
        request.body().remove("prefetch");
        post(request).statusCode(412)
                .body("issue[0].expression", hasItems(TestPatient.KEYS.keySet().stream()
                        .map(key -> "prefetch." + key).toArray(String[]::new)));
    }

    @Test
    void prefetchKeysNotAskedForAreIgnored() {
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(new Reference("Patient/someone-else"));
        Bundle allergies = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        allergies.addEntry().setResource(allergy);
        post(unmeasured1970Patient()
                .prefetchValue("allergies", TestPatient.json(allergies))
                .prefetchValue("notFhir", JsonNodeFactory.instance.objectNode().put("hello", "world"))
                .prefetchValue("nothing", NullNode.getInstance()))
                .statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body(ASSESSMENT + ".excludedResources", equalTo(0))
                .body(ASSESSMENT + ".completeness.AllergyIntolerance", nullValue());
    }

    @Test
    void prefetchKeyNotAskedForIsIgnoredWhateverItsValue() {
        post(unmeasured1970Patient()
                .prefetchValue("otherServiceKey", JsonNodeFactory.instance.arrayNode().add("x"))
                .prefetchValue("otherServiceCount", JsonNodeFactory.instance.numberNode(3)))
                .statusCode(200)
                .body(TOPICS, contains("R-HTN-03"));
    }

    @Test
    void T_SEC_01_observationAboutAnotherPatientIsIgnoredAndCounted() {
        TestPatient patient = TestPatient.born("1970-01-01").bloodPressure("2026-06-01T09:00:00Z", 128, 80);
        ((Observation) patient.resourcesOf("Observation").get(0)).setSubject(new Reference("Patient/someone-else"));
        post(CdsRequest.patientView(patient)).statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body("cards[0].detail", containsString("No blood pressure reading found in the record"))
                .body(ASSESSMENT + ".excludedResources", equalTo(1));
    }

    @Test
    void patientResourceWithAnotherIdIs412() {
        CdsRequest request = unmeasured1970Patient();
        request.context().put("patientId", "pat-other");
        post(request).statusCode(412)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression", contains("prefetch.patient"));
    }

    @Test
    void T_NHS_02_invalidNhsNumberAddsDataQualityCardAndKeepsClinicalCards() {
        post(CdsRequest.patientView(TestPatient.born("1970-01-01").nhsNumber("1000000010"))).statusCode(200)
                .body(TOPICS, containsInAnyOrder("R-HTN-03", "DQ-NHS-NUMBER"))
                .body("cards.find { it.source.topic.code == 'DQ-NHS-NUMBER' }.indicator", equalTo("info"))
                .body("cards.find { it.source.topic.code == 'DQ-NHS-NUMBER' }.summary",
                        not(containsString("1000000010")))
                .body("cards.find { it.source.topic.code == 'DQ-NHS-NUMBER' }.detail",
                        not(containsString("1000000010")))
                .body(ASSESSMENT + ".nhsNumberValid", equalTo(false));
    }

    @Test
    void nhsNumberIdentifierWithoutAValueIsNotAServerError() {
        TestPatient patient = TestPatient.born("1970-01-01");
        patient.patient().addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number");
        post(CdsRequest.patientView(patient)).statusCode(200)
                .body(TOPICS, hasItem("R-HTN-03"));
    }

    @Test
    void T_NHS_01_validNhsNumberAddsNoDataQualityCard() {
        post(CdsRequest.patientView(TestPatient.born("1970-01-01").nhsNumber("9434765919"))).statusCode(200)
                .body(TOPICS, contains("R-HTN-03"))
                .body(ASSESSMENT + ".nhsNumberValid", equalTo(true));
    }

    @Test
    void aSearchKeyHoldingAnotherResourceTypeIsRefusedNamingTheKey() {
        post(unmeasured1970Patient().prefetchValue("observations",
                TestPatient.json(TestPatient.born("1970-01-01").patient())))
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("prefetch.observations"));
    }

    /** Inputs on which HAPI's parser throws a NullPointerException or IllegalArgumentException (found by FuzzTest). */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"\"}}]}",
            "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\","
                    + "\"contained\":[{\"resourceType\":\"\"}]}}]}"})
    void prefetchThatTheFhirParserFailsOnIsABadRequestNotAServerError(String bundle) throws Exception {
        post(unmeasured1970Patient().prefetchValue("observations", new ObjectMapper().readTree(bundle)))
                .statusCode(400)
                .body("issue[0].expression[0]", equalTo("prefetch.observations"));
    }

    @Test
    void bundleWhoseTotalExceedsItsEntriesWithoutANextLinkIsPartial() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(500);
        post(unmeasured1970Patient().prefetchValue("observations", TestPatient.json(bundle)))
                .statusCode(200)
                .body(TOPICS, contains("DQ-INCOMPLETE-RECORD"))
                .body(ASSESSMENT + ".completeness.Observation.status", equalTo("partial"));
    }

    @Test
    void repeatedEthnicCategoryExtensionIsReadNotAServerError() {
        TestPatient patient = TestPatient.born("1970-01-01");
        CodeableConcept category = TestPatient.concept("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", "A");
        patient.patient().addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory", category);
        patient.patient().addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory", category);
        post(CdsRequest.patientView(patient)).statusCode(200).body(TOPICS, contains("R-HTN-03"));
    }
}
