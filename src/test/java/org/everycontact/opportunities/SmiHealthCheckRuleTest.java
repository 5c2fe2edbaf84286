package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * R-SMI-01 SMI annual physical health check (clinical-spec §6.4) and T-UNIT-01, through the service as
 * an EHR calls it. As-of date 2026-11-26: 12 months means after 2025-11-26, 24 months after 2024-11-26.
 */
@QuarkusTest
class SmiHealthCheckRuleTest {

    private static final String FINDINGS = Topics.findings("R-SMI");
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String BIPOLAR = "13746004";
    private static final String SCHIZOPHRENIA_IN_REMISSION = "4926007";
    private static final String NEVER_SMOKED = "266919005";
    private static final String SMOKER = "77176002";
    private static final String SMOKES_DAILY = "449868002";
    private static final String AUDIT_C = "763256006";
    private static final String ALCOHOL_UNITS_PER_WEEK = "1082641000000106";
    private static final String HBA1C_IFCC = "999791000000106";
    private static final String CHOLESTEROL = "1005671000000105";
    private static final String BMI = "60621009";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String OLANZAPINE = "61381";
    private static final String CHD = "53741008";
    private static final String FAMILIAL_HYPERCHOLESTEROLAEMIA = "238079002";
    private static final String NON_DRINKER = "105542008";
    private static final String CARD = "cards.find { it.source.topic.code == 'R-SMI-01' }";

    private static ValidatableResponse call(TestPatient patient) {
        return call(CdsRequest.patientView(patient));
    }

    private static ValidatableResponse call(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)));
    }

    private static String evidence(String label) {
        return "extension.'org.everycontact.assessment'.findings.find { it.ruleId == 'R-SMI-01' }"
                + ".evidence.find { it.label == '" + label + "' }";
    }

    private static TestPatient smi(String diagnosis) {
        return TestPatient.born("1980-04-04").condition(TestPatient.SNOMED, diagnosis, "2012-05-01");
    }

    /** The five elements other than lipids in the last 12 months, a non-smoker with BMI {@code bmi}. */
    private static TestPatient fiveElements(TestPatient patient, double bmi) {
        return patient.bloodPressure("2026-03-01T10:00:00Z", 124, 78)
                .observation(TestPatient.SNOMED, BMI, "2026-03-01", bmi, "kg/m2")
                .codedEvent(TestPatient.SNOMED, NEVER_SMOKED, "2026-03-01")
                .observation(TestPatient.SNOMED, AUDIT_C, "2026-03-01", 2, "{score}")
                .observation(TestPatient.SNOMED, HBA1C_IFCC, "2026-03-01", 38, "mmol/mol");
    }

    private static TestPatient lowRiskWithLipids(String lipidDate) {
        return fiveElements(smi(BIPOLAR).ethnicCategory("A"), 22)
                .observation(TestPatient.SNOMED, CHOLESTEROL, lipidDate, 4.8, "mmol/L");
    }

    @Test
    void T_SMI_01_schizophreniaWithBpBmiAndSmokingOnlyListsAlcoholGlucoseAndLipids() {
        call(smi(SCHIZOPHRENIA).bloodPressure("2026-02-10T10:00:00Z", 128, 80)
                .observation(TestPatient.SNOMED, BMI, "2026-02-10", 26.0, "kg/m2")
                .codedEvent(TestPatient.SNOMED, NEVER_SMOKED, "2026-02-10"))
                .body(FINDINGS, contains("R-SMI-01"))
                .body(Topics.cards("R-SMI"), contains("R-SMI-01"))
                .body(evidence("Checks due") + ".value", equalTo("alcohol, HbA1c or glucose, lipids"))
                .body(CARD + ".summary", equalTo("SMI annual health check: 3 of 6 checks due "
                        + "(alcohol, HbA1c or glucose, lipids)"))
                .body(CARD + ".indicator", equalTo("info"))
                .body(CARD + ".detail", containsString("Due: alcohol (none recorded); HbA1c or glucose (none recorded)"))
                .body(CARD + ".detail", containsString("blood pressure 10 Feb 2026"))
                .body(CARD + ".source.url", containsString("improving-the-physical-health-of-people-living-with-"
                        + "severe-mental-illness"));
    }

    @Test
    void T_SMI_02_lowRiskBipolarWithLipids18MonthsAgoIsComplete() {
        call(lowRiskWithLipids("2025-05-20")).body(FINDINGS, empty());
    }

    @Test
    void T_SMI_03_nonWhiteEthnicityWithBmi24NeedsLipidsIn12Months() {
        call(fiveElements(smi(BIPOLAR).ethnicCategory("H"), 24)
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2025-05-20", 4.8, "mmol/L"))
                .body(FINDINGS, contains("R-SMI-01"))
                .body(evidence("Checks due") + ".value", equalTo("lipids"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("BMI 24 (at or above 23)"))
                .body(CARD + ".summary", equalTo("SMI annual health check: 1 of 6 checks due (lipids)"))
                .body(CARD + ".summary", not(containsString("Indian")))
                .body(CARD + ".detail", not(containsString("Indian")));
    }

    @Test
    void T_UNIT_01_synthea_hba1c_percent_counts_and_is_shown_in_mmol_per_mol() {
        call(smi(SCHIZOPHRENIA).observation(TestPatient.LOINC, "4548-4", "2026-06-01", 7.5, "%"))
                .body(FINDINGS, contains("R-SMI-01"))
                .body(evidence("Checks due") + ".value", not(containsString("HbA1c")))
                .body(evidence("Recorded: HbA1c or glucose") + ".value", equalTo("HbA1c 7.5 % (≈ 58 mmol/mol)"))
                .body(evidence("Recorded: HbA1c or glucose") + ".date", equalTo("2026-06-01"))
                .body(CARD + ".detail", containsString("HbA1c 7.5 % (≈ 58 mmol/mol) on 01 Jun 2026"));
    }

    @Test
    void allSixElementsInTwelveMonthsDoNotFire() {
        call(lowRiskWithLipids("2026-03-01")).body(FINDINGS, empty());
    }

    @Test
    void everyElementMissingIsOneFindingNeverSix() {
        call(smi(SCHIZOPHRENIA))
                .body(FINDINGS, contains("R-SMI-01"))
                .body(Topics.cards("R-SMI"), contains("R-SMI-01"))
                .body(CARD + ".summary", equalTo("SMI annual health check: 6 of 6 checks due (BMI, blood pressure, "
                        + "alcohol, smoking status, HbA1c or glucose, lipids)"));
    }

    @Test
    void noSmiCodeDoesNotFire() {
        call(TestPatient.born("1980-04-04")).body(FINDINGS, empty());
    }

    @Test
    void laterRemissionCodeTakesThePatientOffTheRegister() {
        call(smi(SCHIZOPHRENIA).codedEvent(TestPatient.SNOMED, SCHIZOPHRENIA_IN_REMISSION, "2020-01-01"))
                .body(FINDINGS, empty());
    }

    @Test
    void diagnosisAfterRemissionPutsThePatientBackOnTheRegister() {
        call(smi(SCHIZOPHRENIA).codedEvent(TestPatient.SNOMED, SCHIZOPHRENIA_IN_REMISSION, "2010-01-01"))
                .body(FINDINGS, contains("R-SMI-01"));
    }

    @Test
    void deceasedPatientGetsNoPrompt() {
        call(smi(SCHIZOPHRENIA).deceased()).body(Topics.cards("R-SMI"), empty());
    }

    @Test
    void elementExactlyTwelveMonthsAgoIsDue() {
        TestPatient patient = smi(BIPOLAR).ethnicCategory("A").bloodPressure("2025-11-26T10:00:00Z", 124, 78)
                .observation(TestPatient.SNOMED, BMI, "2026-03-01", 22, "kg/m2")
                .codedEvent(TestPatient.SNOMED, NEVER_SMOKED, "2026-03-01")
                .observation(TestPatient.SNOMED, AUDIT_C, "2026-03-01", 2, "{score}")
                .observation(TestPatient.SNOMED, HBA1C_IFCC, "2026-03-01", 38, "mmol/mol")
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2026-03-01", 4.8, "mmol/L");
        call(patient).body(evidence("Checks due") + ".value", equalTo("blood pressure"))
                .body(CARD + ".detail", containsString("blood pressure (last 26 Nov 2025)"));
    }

    @Test
    void elementOneDayInsideTwelveMonthsCounts() {
        call(smi(BIPOLAR).ethnicCategory("A").bloodPressure("2025-11-27T10:00:00Z", 124, 78)
                .observation(TestPatient.SNOMED, BMI, "2026-03-01", 22, "kg/m2")
                .codedEvent(TestPatient.SNOMED, NEVER_SMOKED, "2026-03-01")
                .observation(TestPatient.SNOMED, AUDIT_C, "2026-03-01", 2, "{score}")
                .observation(TestPatient.SNOMED, HBA1C_IFCC, "2026-03-01", 38, "mmol/mol")
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2026-03-01", 4.8, "mmol/L"))
                .body(FINDINGS, empty());
    }

    @Test
    void lowRiskLipidsExactly24MonthsAgoAreDue() {
        call(lowRiskWithLipids("2024-11-26"))
                .body(evidence("Checks due") + ".value", equalTo("lipids"))
                .body(evidence("Lipid look-back (months)") + ".value", equalTo("24"));
    }

    @Test
    void lowRiskLipidsOneDayInside24MonthsCount() {
        call(lowRiskWithLipids("2024-11-27")).body(FINDINGS, empty());
    }

    @Test
    void antipsychoticInSixMonthsNeedsLipidsIn12Months() {
        call(lowRiskWithLipids("2025-05-20").medicationRequest(RXNORM, OLANZAPINE, "2026-08-01"))
                .body(evidence("Checks due") + ".value", equalTo("lipids"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("antipsychotic issued in the last 6 months"));
    }

    @Test
    void antipsychoticSevenMonthsAgoKeepsThe24MonthLipidLookBack() {
        call(lowRiskWithLipids("2025-05-20").medicationRequest(RXNORM, OLANZAPINE, "2026-04-20"))
                .body(FINDINGS, empty());
    }

    @Test
    void coronaryHeartDiseaseNeedsLipidsIn12Months() {
        call(lowRiskWithLipids("2025-05-20").condition(TestPatient.SNOMED, CHD, "2019-01-01"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("coronary heart disease"));
    }

    @Test
    void currentSmokerNeedsLipidsIn12MonthsSnomedAndLoincAlike() {
        call(lowRiskWithLipids("2025-05-20").codedEvent(TestPatient.SNOMED, SMOKER, "2026-06-01"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("current smoker"));
        call(lowRiskWithLipids("2025-05-20").codedValue(TestPatient.LOINC, "72166-2", "2026-06-01",
                TestPatient.SNOMED, SMOKES_DAILY))
                .body(evidence("Lipid risk factor") + ".value", equalTo("current smoker"));
    }

    @Test
    void whiteBmiExactly25NeedsLipidsIn12Months() {
        call(fiveElements(smi(BIPOLAR).ethnicCategory("A"), 25)
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2025-05-20", 4.8, "mmol/L"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("BMI 25 (at or above 25)"));
    }

    @Test
    void whiteBmiJustUnder25KeepsThe24MonthLookBack() {
        call(fiveElements(smi(BIPOLAR).ethnicCategory("A"), 24.9)
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2025-05-20", 4.8, "mmol/L"))
                .body(FINDINGS, empty());
    }

    @Test
    void unknownEthnicityUsesTheGeneralThreshold() {
        call(fiveElements(smi(BIPOLAR).ethnicCategory("Z"), 24)
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2025-05-20", 4.8, "mmol/L"))
                .body(FINDINGS, empty());
        call(fiveElements(smi(BIPOLAR), 24)
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2025-05-20", 4.8, "mmol/L"))
                .body(FINDINGS, empty());
    }

    @Test
    void alcoholUnitsAndFastingGlucoseCountAsTheirElements() {
        call(smi(BIPOLAR).ethnicCategory("A").bloodPressure("2026-03-01T10:00:00Z", 124, 78)
                .observation(TestPatient.LOINC, "39156-5", "2026-03-01", 22, "kg/m2")
                .codedValue(TestPatient.LOINC, "72166-2", "2026-03-01", TestPatient.SNOMED, NEVER_SMOKED)
                .observation(TestPatient.SNOMED, ALCOHOL_UNITS_PER_WEEK, "2026-03-01", 6, "{unit}")
                .observation(TestPatient.LOINC, "1558-6", "2026-03-01", 92, "mg/dL")
                .observation(TestPatient.LOINC, "2093-3", "2026-03-01", 180, "mg/dL"))
                .body(FINDINGS, empty());
    }

    @Test
    void loincSmokingStatusWithoutAKnownValueIsNotAStatus() {
        call(lowRiskWithLipids("2026-03-01").codedEvent(TestPatient.LOINC, "72166-2", "2026-06-01"))
                .body(FINDINGS, empty());
        TestPatient patient = smi(BIPOLAR).ethnicCategory("A").bloodPressure("2026-03-01T10:00:00Z", 124, 78)
                .observation(TestPatient.SNOMED, BMI, "2026-03-01", 22, "kg/m2")
                .codedEvent(TestPatient.LOINC, "72166-2", "2026-03-01")
                .observation(TestPatient.SNOMED, AUDIT_C, "2026-03-01", 2, "{score}")
                .observation(TestPatient.SNOMED, HBA1C_IFCC, "2026-03-01", 38, "mmol/mol")
                .observation(TestPatient.SNOMED, CHOLESTEROL, "2026-03-01", 4.8, "mmol/L");
        call(patient).body(evidence("Checks due") + ".value", equalTo("smoking status"));
    }

    @Test
    void enteredInErrorObservationDoesNotCount() {
        TestPatient patient = lowRiskWithLipids("2026-03-01");
        ((org.hl7.fhir.r4.model.Observation) patient.resourcesOf("Observation").stream()
                .filter(o -> ((org.hl7.fhir.r4.model.Observation) o).getCode().getCodingFirstRep().getCode()
                        .equals(CHOLESTEROL)).findFirst().orElseThrow())
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.ENTEREDINERROR);
        call(patient).body(evidence("Checks due") + ".value", equalTo("lipids"));
    }

    @Test
    void incompleteObservationsWithholdTheRule() {
        call(CdsRequest.patientView(smi(SCHIZOPHRENIA)).prefetchValue("observations",
                TestPatient.json(new OperationOutcome().addIssue(new OperationOutcome.OperationOutcomeIssueComponent()
                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.TIMEOUT)))))
                .body(Topics.cards("R-SMI"), empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-SMI-01"))
                .body(Topics.cards("DQ-"), contains("DQ-INCOMPLETE-RECORD"));
    }

    @Test
    void familialHypercholesterolaemiaNeedsLipidsIn12Months() {
        call(lowRiskWithLipids("2025-05-20").condition(TestPatient.SNOMED, FAMILIAL_HYPERCHOLESTEROLAEMIA, "2015-01-01"))
                .body(FINDINGS, contains("R-SMI-01"))
                .body(evidence("Checks due") + ".value", equalTo("lipids"))
                .body(evidence("Lipid look-back (months)") + ".value", equalTo("12"))
                .body(evidence("Lipid risk factor") + ".value", equalTo("familial hypercholesterolaemia"))
                .body(CARD + ".detail", containsString("(familial hypercholesterolaemia)"));
    }

    @Test
    void recordedNonDrinkerCountsAsTheAlcoholElement() {
        call(smi(SCHIZOPHRENIA).bloodPressure("2026-03-01T10:00:00Z", 124, 78)
                .observation(TestPatient.SNOMED, BMI, "2026-03-01", 22, "kg/m2")
                .codedEvent(TestPatient.SNOMED, NEVER_SMOKED, "2026-03-01")
                .codedEvent(TestPatient.SNOMED, NON_DRINKER, "2026-03-01")
                .observation(TestPatient.SNOMED, HBA1C_IFCC, "2026-03-01", 38, "mmol/mol"))
                .body(evidence("Checks due") + ".value", equalTo("lipids"))
                .body(evidence("Recorded: alcohol") + ".date", equalTo("2026-03-01"))
                .body(CARD + ".summary", not(containsString("alcohol")));
    }
}
