package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * R-HTN-03 No blood pressure in 5 years (clinical-spec §6.1), through the service as an EHR calls it.
 * As-of date 2026-11-26 (the test profile's), so the look-back starts after 2021-11-26.
 */
@QuarkusTest
class NoBloodPressureInFiveYearsTest {

    private static final String BP_DECLINED = "163151000000108";
    private static final String PALLIATIVE_CARE = "103735009";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    @Test
    void T_HTN_08_age46WithLastBpIn2020Fires() {
        call(TestPatient.born("1980-03-01").bloodPressure("2020-06-01T10:00:00Z", 128, 82))
                .body(Topics.PROBE, contains("R-HTN-03"))
                .body("cards[0].summary", equalTo("No blood pressure recorded for over 5 years — consider checking BP today"))
                .body("cards[0].detail", containsString("Last blood pressure recorded 01 Jun 2020"))
                .body("cards[0].indicator", equalTo("info"))
                .body(Topics.findings("R-HTN"), contains("R-HTN-03"));
    }

    @Test
    void T_HTN_09_bpDeclinedIn2023SuppressesIt() {
        call(TestPatient.born("1980-03-01").bloodPressure("2020-06-01T10:00:00Z", 128, 82)
                .codedEvent(TestPatient.SNOMED, BP_DECLINED, "2023-02-10"))
                .body(Topics.PROBE, empty());
    }

    @Test
    void T_GX_01_palliativeCarePatientGetsNoBpPrompt() {
        call(TestPatient.born("1966-05-05").bloodPressure("2020-09-01", 150, 90)
                .condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-10"))
                .body(Topics.PROBE, empty());
    }

    @Test
    void neverMeasuredAdultFiresAndSaysSo() {
        call(TestPatient.born("1970-01-01"))
                .body("cards[0].source.topic.code", equalTo("R-HTN-03"))
                .body("cards[0].detail", containsString("No blood pressure reading found in the record"));
    }

    @Test
    void bpWithinFiveYearsDoesNotFire() {
        call(TestPatient.born("1970-01-01").bloodPressure("2022-01-15", 130, 80))
                .body(Topics.PROBE, empty());
    }

    @Test
    void loincBloodPressureCountsAsRecorded() {
        call(TestPatient.born("1970-01-01").loincBloodPressure("2024-04-04", 130, 80))
                .body(Topics.PROBE, empty());
    }

    @Test
    void separateSystolicObservationCountsAsRecorded() {
        call(TestPatient.born("1970-01-01").observation(TestPatient.LOINC, "8480-6", "2025-02-02", 132, "mm[Hg]"))
                .body(Topics.PROBE, empty());
    }

    @Test
    void bpExactlyFiveYearsAgoIsOutsideTheLookBack() {
        call(TestPatient.born("1970-01-01").bloodPressure("2021-11-26", 130, 80))
                .body(Topics.PROBE, contains("R-HTN-03"));
    }

    @Test
    void under45DoesNotFire() {
        call(TestPatient.born("1982-01-01"))
                .body(Topics.PROBE, empty());
    }

    @Test
    void turning45TodayFires() {
        call(TestPatient.born("1981-11-26"))
                .body(Topics.PROBE, contains("R-HTN-03"));
    }

    @Test
    void deceasedPatientGetsNoPrompt() {
        call(TestPatient.born("1950-01-01").deceased())
                .body(Topics.PROBE, empty());
    }

    @Test
    void unrelatedObservationsDoNotCountAsBp() {
        call(TestPatient.born("1960-01-01").observation(TestPatient.LOINC, "39156-5", "2026-01-01", 27.0, "kg/m2"))
                .body(Topics.PROBE, hasItem("R-HTN-03"));
    }

    @Test
    void resolvedPalliativeConditionDoesNotExclude() {
        TestPatient patient = TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2019-01-01");
        ((org.hl7.fhir.r4.model.Condition) patient.resourcesOf("Condition").get(0)).setClinicalStatus(
                TestPatient.concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved"));
        call(patient).body(Topics.PROBE, hasItem("R-HTN-03"));
    }

    @Test
    void incompleteObservationsWithholdTheRuleAndSayWhy() {
        given().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1960-01-01"))
                        .prefetchValue("observations", TestPatient.json(new org.hl7.fhir.r4.model.OperationOutcome()
                                .addIssue(new org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent()
                                        .setSeverity(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR)
                                        .setCode(org.hl7.fhir.r4.model.OperationOutcome.IssueType.TIMEOUT))))
                        .toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(Topics.PROBE, contains("DQ-INCOMPLETE-RECORD"))
                .body(Topics.PROBE, not(hasItem("R-HTN-03")))
                .body("extension.'org.everycontact.assessment'.withheld[0].rule", equalTo("R-HTN-03"))
                .body("extension.'org.everycontact.assessment'.completeness.Observation.status", equalTo("unavailable"));
    }
}
