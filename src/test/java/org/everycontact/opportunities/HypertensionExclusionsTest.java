package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * The exclusions added to R-HTN-01 and R-HTN-04 (clinical-spec §6.1): register membership ended by
 * HYPRES_COD, (c) antihypertensive after the raised reading, the QOF personalised care adjustments
 * and the frailty gate. As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class HypertensionExclusionsTest {

    private static final String FINDINGS = Topics.findings("R-HTN");
    /** For "nothing fires": the assessment omits its findings when there are none at all. */
    private static final String CARDS = Topics.cards("R-HTN");
    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String HYPERTENSION_RESOLVED = "162659009";
    private static final String LISINOPRIL = "29046";
    private static final String MAXIMAL_THERAPY = "407567007";
    private static final String CARE_DECLINED = "716771000000106";
    private static final String CARE_UNSUITABLE = "716821000000100";
    private static final String MODERATE_FRAILTY = "925831000000107";
    private static final String SEVERE_FRAILTY = "925861000000102";

    private static TestPatient raised() {
        return TestPatient.born("1974-01-01").bloodPressure("2026-03-03T09:15:00Z", 152, 94);
    }

    private static TestPatient onRegister(String born) {
        return TestPatient.born(born).condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01");
    }

    // R-HTN-01

    @Test
    void antihypertensiveStartedAfterTheRaisedReadingMeansFollowedUp() {
        LipidRulesTest.call(raised().medicationRequest(LipidRulesTest.RXNORM, LISINOPRIL, "2026-03-10"))
                .body(CARDS, empty());
    }

    @Test
    void antihypertensiveStartedOnTheDayOfTheReadingCounts() {
        LipidRulesTest.call(raised().medicationStatement(LipidRulesTest.RXNORM, LISINOPRIL, "2026-03-03"))
                .body(CARDS, empty());
    }

    @Test
    void antihypertensiveOnlyBeforeTheReadingDoesNotCount() {
        LipidRulesTest.call(raised().medicationRequest(LipidRulesTest.RXNORM, LISINOPRIL, "2025-06-01"))
                .body(FINDINGS, contains("R-HTN-01"));
    }

    @Test
    void syntheaAntihypertensiveCodeCounts() {
        LipidRulesTest.call(raised().medicationRequest(LipidRulesTest.RXNORM, "314076", "2026-04-01"))
                .body(CARDS, empty());
    }

    @Test
    void incompleteMedicationRequestsWithholdCaseFinding() {
        LipidRulesTest.call(LipidRulesTest.incomplete(raised(), "medicationRequests"))
                .body(FINDINGS, not(hasItem("R-HTN-01")))
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-HTN-01"));
    }

    @Test
    void hypertensionResolvedAfterDiagnosisIsCaseFindingAgain() {
        LipidRulesTest.call(raised().condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01")
                        .codedEvent(TestPatient.SNOMED, HYPERTENSION_RESOLVED, "2020-01-01"))
                .body(FINDINGS, contains("R-HTN-01"));
    }

    @Test
    void diagnosisAfterTheResolvedCodeIsTheRegisterAgain() {
        LipidRulesTest.call(raised().codedEvent(TestPatient.SNOMED, HYPERTENSION_RESOLVED, "2018-01-01")
                        .condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2022-01-01"))
                .body(FINDINGS, contains("R-HTN-04"));
    }

    // R-HTN-04

    @Test
    void maximalTherapyInTwelveMonthsSuppressesIt() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, MAXIMAL_THERAPY, "2026-01-15"))
                .body(CARDS, empty());
    }

    @Test
    void maximalTherapyTwelveMonthsAgoNoLongerSuppresses() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, MAXIMAL_THERAPY, "2025-11-26"))
                .body(FINDINGS, contains("R-HTN-04"));
    }

    @Test
    void careDeclinedThisQofYearSuppressesIt() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, CARE_DECLINED, "2026-04-01"))
                .body(CARDS, empty());
    }

    @Test
    void careDeclinedLastQofYearDoesNotSuppress() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, CARE_DECLINED, "2026-03-31"))
                .body(FINDINGS, contains("R-HTN-04"));
    }

    @Test
    void careUnsuitableThisQofYearSuppressesIt() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, CARE_UNSUITABLE, "2026-06-01"))
                .body(CARDS, empty());
    }

    @Test
    void moderateFrailtyGivesTheOlderTarget() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88)
                        .codedEvent(TestPatient.SNOMED, MODERATE_FRAILTY, "2025-02-01"))
                .body(CARDS, empty());
    }

    @Test
    void severeFrailtyAboveTheOlderTargetFiresAndSaysWhy() {
        LipidRulesTest.call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 152, 88)
                        .condition(TestPatient.SNOMED, SEVERE_FRAILTY, "2025-02-01"))
                .body(FINDINGS, contains("R-HTN-04"))
                .body(LipidRulesTest.card("R-HTN-04", "summary"), containsString("above target 150/90"))
                .body(LipidRulesTest.card("R-HTN-04", "detail"), containsString("moderate or severe frailty recorded"));
    }
}
