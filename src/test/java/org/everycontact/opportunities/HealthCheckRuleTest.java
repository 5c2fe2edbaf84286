package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-NHC-01 NHS Health Check due (clinical-spec §6.3), through the service as an EHR calls it.
 * As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class HealthCheckRuleTest {

    private static final String FINDINGS = Topics.findings("R-NHC");
    /** For "nothing fires": the assessment omits its findings when there are none at all. */
    private static final String CARDS = Topics.cards("R-NHC");
    private static final String HEALTH_CHECK_COMPLETED = "523221000000100";
    private static final String QRISK3 = "1085871000000105";
    private static final String CVD_RISK_ASSESSMENT_DONE = "375091000000105";
    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String HYPERTENSION_RESOLVED = "162659009";
    private static final String CKD_STAGE_2 = "431856006";

    private static TestPatient aged45() {
        return TestPatient.born("1981-06-01");
    }

    @Test
    void T_NHC_01_aged45WithNoExclusionsAndNoCheckFires() {
        LipidRulesTest.call(aged45())
                .body(FINDINGS, contains("R-NHC-01"))
                .body(LipidRulesTest.card("R-NHC-01", "summary"), equalTo(
                        "No NHS Health Check or CVD risk assessment in 5 years — offer or signpost a Health Check"))
                .body(LipidRulesTest.card("R-NHC-01", "detail"), containsString("No NHS Health Check found in the record"))
                .body(LipidRulesTest.card("R-NHC-01", "detail"), containsString("aged 45"))
                .body(LipidRulesTest.card("R-NHC-01", "indicator"), equalTo("info"));
    }

    @Test
    void T_NHC_02_aged45OnAtorvastatinDoesNotFire() {
        LipidRulesTest.call(aged45().medicationRequest(LipidRulesTest.RXNORM, "83367", "2026-10-01"))
                .body(CARDS, empty());
    }

    @Test
    void statinIssuedExactlySixMonthsAgoNoLongerExcludes() {
        LipidRulesTest.call(aged45().medicationRequest(LipidRulesTest.RXNORM, "83367", "2026-05-26"))
                .body(FINDINGS, contains("R-NHC-01"));
    }

    @Test
    void statinIssuedTheDayAfterTheSixMonthEdgeExcludes() {
        LipidRulesTest.call(aged45().medicationStatement(LipidRulesTest.RXNORM, "83367", "2026-05-27"))
                .body(CARDS, empty());
    }

    @Test
    void the40thBirthdayStartsIt() {
        LipidRulesTest.call(TestPatient.born("1986-11-26")).body(FINDINGS, contains("R-NHC-01"));
    }

    @Test
    void theDayBeforeThe40thBirthdayDoesNotFire() {
        LipidRulesTest.call(TestPatient.born("1986-11-27")).body(CARDS, empty());
    }

    @Test
    void aged74OnTheDayBeforeThe75thBirthdayFires() {
        LipidRulesTest.call(TestPatient.born("1951-11-27")).body(FINDINGS, contains("R-NHC-01"));
    }

    @Test
    void the75thBirthdayEndsIt() {
        LipidRulesTest.call(TestPatient.born("1951-11-26")).body(CARDS, empty());
    }

    @Test
    void healthCheckInFiveYearsDoesNotFire() {
        LipidRulesTest.call(aged45().codedEvent(TestPatient.SNOMED, HEALTH_CHECK_COMPLETED, "2022-01-10"))
                .body(CARDS, empty());
    }

    @Test
    void healthCheckExactlyFiveYearsAgoIsDue() {
        LipidRulesTest.call(aged45().procedure(TestPatient.SNOMED, HEALTH_CHECK_COMPLETED, "2021-11-26"))
                .body(FINDINGS, contains("R-NHC-01"))
                .body(LipidRulesTest.card("R-NHC-01", "detail"), containsString("Last NHS Health Check 26 Nov 2021"));
    }

    @Test
    void cvdRiskAssessmentInFiveYearsDoesNotFire() {
        LipidRulesTest.call(aged45().codedEvent(TestPatient.SNOMED, CVD_RISK_ASSESSMENT_DONE, "2023-03-01"))
                .body(CARDS, empty());
    }

    @Test
    void qriskScoreInFiveYearsIsARiskAssessment() {
        LipidRulesTest.call(aged45().observation(TestPatient.SNOMED, QRISK3, "2023-03-01", 6.0, "%"))
                .body(CARDS, empty());
    }

    @Test
    void previousRiskOf20OrMoreExcludes() {
        LipidRulesTest.call(aged45().observation(TestPatient.SNOMED, QRISK3, "2021-01-01", 20.0, "%"))
                .body(CARDS, empty());
    }

    @Test
    void previousRiskBelow20MoreThanFiveYearsAgoDoesNotExclude() {
        LipidRulesTest.call(aged45().observation(TestPatient.SNOMED, QRISK3, "2021-01-01", 15.0, "%"))
                .body(FINDINGS, contains("R-NHC-01"))
                .body(LipidRulesTest.card("R-NHC-01", "detail"), containsString("Last CVD risk assessment 01 Jan 2021"));
    }

    /** CHD, CKD 3, diabetes, hypertension, AF, TIA, FH, heart failure, PAD, stroke. */
    @ParameterizedTest
    @ValueSource(strings = {"53741008", "433144002", "44054006", ESSENTIAL_HYPERTENSION, "49436004", "266257000",
            "238079002", "84114007", "840580004", "230690007"})
    void existingConditionsMakeThePatientIneligible(String code) {
        LipidRulesTest.call(aged45().condition(TestPatient.SNOMED, code, "2020-01-01"))
                .body(CARDS, empty());
    }

    @Test
    void resolvedHypertensionDoesNotExclude() {
        LipidRulesTest.call(aged45().condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01")
                        .codedEvent(TestPatient.SNOMED, HYPERTENSION_RESOLVED, "2020-01-01"))
                .body(FINDINGS, contains("R-NHC-01"));
    }

    @Test
    void ckdStage2DoesNotExcludeByDefault() {
        LipidRulesTest.call(aged45().condition(TestPatient.SNOMED, CKD_STAGE_2, "2020-01-01"))
                .body(FINDINGS, contains("R-NHC-01"));
    }

    @Test
    void palliativeCareExcludes() {
        LipidRulesTest.call(aged45().condition(TestPatient.SNOMED, "103735009", "2026-01-01"))
                .body(CARDS, empty());
    }

    @Test
    void deceasedPatientGetsNoPrompt() {
        LipidRulesTest.call(aged45().deceased()).body(CARDS, empty());
    }

    @Test
    void incompleteMedicationRequestsWithholdIt() {
        LipidRulesTest.call(LipidRulesTest.incomplete(aged45(), "medicationRequests"))
                .body(CARDS, empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-NHC-01"));
    }

    @Test
    void incompleteConditionsWithholdIt() {
        LipidRulesTest.call(LipidRulesTest.incomplete(aged45(), "conditions"))
                .body(CARDS, empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-NHC-01"));
    }
}
