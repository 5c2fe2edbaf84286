package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MECC lifestyle rules R-MECC-SMK-01, R-MECC-ALC-01, R-MECC-WT-01 and R-MECC-PA-01
 * (clinical-spec §6.7, §9.2), through the service as an EHR calls it. As-of date 2026-11-26.
 */
@QuarkusTest
class LifestyleRulesTest {

    private static final String SMOKER = "77176002";
    private static final String SMOKES_DAILY = "449868002";
    private static final String EX_SMOKER = "8517006";
    private static final String CESSATION_EDUCATION = "225323000";
    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String PALLIATIVE_CARE = "103735009";
    private static final String AUDIT_C = "763256006";
    private static final String AUDIT = "443280005";
    private static final String BMI = "60621009";
    private static final String GPPAQ_ACTIVE = "366241000000106";
    private static final String NON_DRINKER = "105542008";

    private static ValidatableResponse call(TestPatient patient) {
        return call(CdsRequest.patientView(patient));
    }

    private static ValidatableResponse call(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)));
    }

    private static String cards(String ruleId) {
        return Topics.cards(ruleId);
    }

    private static String card(String ruleId) {
        return "cards.find { it.source.topic.code == '" + ruleId + "' }";
    }

    private static String evidence(String ruleId, String label) {
        return "extension.'org.everycontact.assessment'.findings.find { it.ruleId == '" + ruleId + "' }"
                + ".evidence.find { it.label == '" + label + "' }.value";
    }

    private static ValidatableResponse withheld(CdsRequest request, String key) {
        return call(request.prefetchValue(key, TestPatient.json(new OperationOutcome()
                .addIssue(new OperationOutcome.OperationOutcomeIssueComponent()
                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.TIMEOUT)))));
    }

    // R-MECC-SMK-01

    private static final String SMK = "R-MECC-SMK-01";

    private static TestPatient age40Smoker() {
        return TestPatient.born("1986-01-01").codedEvent(TestPatient.SNOMED, SMOKER, "2026-06-01");
    }

    @Test
    void T_MECC_01_age40CurrentSmokerWithNoOfferIn24MonthsFires() {
        call(age40Smoker())
                .body(cards(SMK), contains(SMK))
                .body(evidence(SMK, "Prompt"), equalTo("Offer stop-smoking support"))
                .body(card(SMK) + ".summary",
                        equalTo("Current smoker, no stop-smoking offer in 2 years — 30-second very brief advice"))
                .body(card(SMK) + ".indicator", equalTo("info"))
                .body(card(SMK) + ".detail", containsString("Current smoker recorded 01 Jun 2026"))
                .body(card(SMK) + ".detail", containsString("\"Do you smoke at the moment?\""))
                .body(card(SMK) + ".detail", containsString("stop-smoking medicines together with support"))
                .body(card(SMK) + ".source.topic.code", equalTo(SMK));
    }

    @Test
    void loincSmokingStatusWithSnomedValueGivesTheSameFinding() {
        call(TestPatient.born("1986-01-01").codedValue(TestPatient.LOINC, "72166-2", "2026-06-01",
                TestPatient.SNOMED, SMOKES_DAILY))
                .body(cards(SMK), contains(SMK))
                .body(evidence(SMK, "Prompt"), equalTo("Offer stop-smoking support"));
    }

    @Test
    void loincExSmokerValueDoesNotFire() {
        call(TestPatient.born("1986-01-01").codedValue(TestPatient.LOINC, "72166-2", "2026-06-01",
                TestPatient.SNOMED, EX_SMOKER))
                .body(cards(SMK), empty());
    }

    @Test
    void laterExSmokerStatusWins() {
        call(age40Smoker().codedEvent(TestPatient.SNOMED, EX_SMOKER, "2026-09-01")).body(cards(SMK), empty());
    }

    @Test
    void supportOneDayInside24MonthsSuppresses() {
        call(age40Smoker().procedure(TestPatient.SNOMED, CESSATION_EDUCATION, "2024-11-27")).body(cards(SMK), empty());
    }

    @Test
    void supportExactly24MonthsAgoIsOutsideTheLookBack() {
        call(age40Smoker().procedure(TestPatient.SNOMED, CESSATION_EDUCATION, "2024-11-26"))
                .body(cards(SMK), contains(SMK))
                .body(card(SMK) + ".detail", containsString("(last 26 Nov 2024)"));
    }

    @Test
    void longTermConditionShortensTheSupportLookBackTo12Months() {
        call(age40Smoker().condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2020-01-01")
                .procedure(TestPatient.SNOMED, CESSATION_EDUCATION, "2025-06-01"))
                .body(cards(SMK), contains(SMK))
                .body(evidence(SMK, "Long-term conditions"), equalTo("hypertension"))
                .body(card(SMK) + ".summary",
                        equalTo("Current smoker, no stop-smoking offer in 12 months — 30-second very brief advice"))
                .body(card(SMK) + ".detail", containsString("NICE IND98"));
    }

    @Test
    void longTermConditionWithSupportIn12MonthsDoesNotFire() {
        call(age40Smoker().condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2020-01-01")
                .procedure(TestPatient.SNOMED, CESSATION_EDUCATION, "2026-07-01"))
                .body(cards(SMK), empty());
    }

    @Test
    void longTermConditionWithNoStatusIn12MonthsAsksToRecordIt() {
        call(TestPatient.born("1970-01-01").condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2010-01-01")
                .codedEvent(TestPatient.SNOMED, EX_SMOKER, "2025-11-26")
                .bloodPressure("2026-10-01T09:00:00Z", 125, 78))
                .body(cards(SMK), contains(SMK))
                .body(evidence(SMK, "Prompt"), equalTo("Record smoking status"))
                .body(card(SMK) + ".summary", equalTo("No smoking status in 12 months — ask about smoking and record it"))
                .body(card(SMK) + ".detail", containsString("Last smoking status 26 Nov 2025 (not smoking)"))
                .body(card(SMK) + ".detail", containsString("Ask:"));
    }

    @Test
    void longTermConditionWithStatusOneDayInside12MonthsDoesNotAsk() {
        call(TestPatient.born("1970-01-01").condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01")
                .codedEvent(TestPatient.SNOMED, EX_SMOKER, "2025-11-27"))
                .body(cards(SMK), empty());
    }

    @Test
    void noLongTermConditionAndNoStatusDoesNotFire() {
        call(TestPatient.born("1970-01-01")).body(cards(SMK), empty());
    }

    @Test
    void fifteenthBirthdayTodayFires() {
        call(TestPatient.born("2011-11-26").codedEvent(TestPatient.SNOMED, SMOKER, "2026-06-01"))
                .body(cards(SMK), contains(SMK));
    }

    @Test
    void dayBeforeFifteenthBirthdayDoesNotFire() {
        call(TestPatient.born("2011-11-27").codedEvent(TestPatient.SNOMED, SMOKER, "2026-06-01"))
                .body(cards(SMK), empty());
    }

    @Test
    void palliativeCareSuppressesSmokingPrompt() {
        call(age40Smoker().condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-01")).body(cards(SMK), empty());
    }

    @Test
    void incompleteProceduresWithholdTheSmokingRule() {
        withheld(CdsRequest.patientView(age40Smoker()), "procedures")
                .body(cards("R-MECC"), empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem(SMK));
    }

    // R-MECC-ALC-01

    private static final String ALC = "R-MECC-ALC-01";

    private static TestPatient adult() {
        return TestPatient.born("1980-06-15");
    }

    @Test
    void T_MECC_02_auditC7WithNoFullAuditAsksForTheAudit() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2026-01-15", 7, "{score}"))
                .body(cards(ALC), contains(ALC))
                .body(evidence(ALC, "Prompt"), equalTo("Complete full AUDIT"))
                .body(card(ALC) + ".summary",
                        equalTo("AUDIT-C 7 (Jan 2026) with no full AUDIT — complete AUDIT / alcohol brief advice"))
                .body(card(ALC) + ".detail", containsString("AUDIT-C 7 on 15 Jan 2026"))
                .body(card(ALC) + ".detail", containsString("14 units a week"));
    }

    @Test
    void T_MECC_03_audit22OffersSpecialistAssessmentWithoutBriefAdvice() {
        call(adult().observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 22, "{score}"))
                .body(cards(ALC), contains(ALC))
                .body(evidence(ALC, "Prompt"), equalTo("Possible dependence"))
                .body(card(ALC) + ".summary",
                        equalTo("AUDIT 22 (10 Sep 2026): possible dependence — offer specialist alcohol assessment"))
                .body(card(ALC) + ".detail", containsString("offer a specialist alcohol assessment"))
                .body(card(ALC) + ".summary", not(containsStringIgnoringCase("brief")))
                .body(card(ALC) + ".detail", not(containsStringIgnoringCase("brief")))
                .body(card(ALC) + ".links.label", everyItem(not(containsStringIgnoringCase("brief"))));
    }

    @ParameterizedTest
    @CsvSource({"8, Increasing risk", "15, Increasing risk", "16, Higher risk", "19, Higher risk",
            "20, Possible dependence", "40, Possible dependence"})
    void auditBandEdges(int score, String band) {
        call(adult().observation(TestPatient.SNOMED, AUDIT, "2026-09-10", score, "{score}"))
                .body(evidence(ALC, "Prompt"), equalTo(band));
    }

    @Test
    void audit7IsLowRiskAndDoesNotFire() {
        call(adult().observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 7, "{score}")).body(cards(ALC), empty());
    }

    @Test
    void increasingRiskCardGivesBriefAdvice() {
        call(adult().observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 12, "{score}"))
                .body(card(ALC) + ".summary", equalTo("AUDIT 12 (10 Sep 2026): increasing risk — give alcohol brief advice"))
                .body(card(ALC) + ".detail", containsString("**Alcohol brief advice (Ask–Advise–Act):** Ask: "));
    }

    @Test
    void higherRiskCardMentionsReferralIfHarm() {
        call(adult().observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 17, "{score}"))
                .body(card(ALC) + ".detail", containsString("consider referral to the local alcohol service if there "
                        + "is alcohol-related harm"));
    }

    @Test
    void loincAuditCAndAuditGiveTheSameFindings() {
        call(adult().observation(TestPatient.LOINC, "75626-2", "2026-01-15", 7, "{score}"))
                .body(evidence(ALC, "Prompt"), equalTo("Complete full AUDIT"));
        call(adult().observation(TestPatient.LOINC, "75624-7", "2026-09-10", 22, "{score}"))
                .body(evidence(ALC, "Prompt"), equalTo("Possible dependence"));
    }

    @Test
    void auditCBelowFiveDoesNotFire() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2026-01-15", 4, "{score}")).body(cards(ALC), empty());
    }

    @Test
    void auditCOfFiveIsPositive() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2026-01-15", 5, "{score}"))
                .body(evidence(ALC, "Prompt"), equalTo("Complete full AUDIT"));
    }

    @Test
    void fullAuditOnTheSameDayAnswersThePositiveScreen() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2026-01-15", 7, "{score}")
                .observation(TestPatient.SNOMED, AUDIT, "2026-01-15", 6, "{score}"))
                .body(cards(ALC), empty());
    }

    @Test
    void positiveAuditCOlderThan12MonthsIsNotReadButCountsAsScreened() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2025-11-26", 7, "{score}")).body(cards(ALC), empty());
    }

    @Test
    void adultWithNoAlcoholScreenIn5YearsIsDueOne() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2021-11-26", 2, "{score}"))
                .body(cards(ALC), contains(ALC))
                .body(evidence(ALC, "Prompt"), equalTo("Alcohol screen due"))
                .body(card(ALC) + ".summary", equalTo("No alcohol screen in 5 years — ask the 3 AUDIT-C questions"))
                .body(card(ALC) + ".detail", containsString("Last alcohol screen 26 Nov 2021"));
    }

    @Test
    void screenOneDayInside5YearsIsEnough() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2021-11-27", 2, "{score}")).body(cards(ALC), empty());
    }

    @Test
    void smiRegisterAlcoholScreenIsAskedOnlyByTheSmiHealthCheckCard() {
        call(adult().condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01")
                .observation(TestPatient.SNOMED, AUDIT_C, "2025-06-01", 2, "{score}"))
                .body(cards(ALC), empty())
                .body(cards("R-SMI"), contains("R-SMI-01"))
                .body(evidence("R-SMI-01", "Checks due"), containsString("alcohol"));
    }

    @Test
    void smiRegisterAuditBandStillGetsBriefAdvice() {
        call(adult().condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01")
                .observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 12, "{score}"))
                .body(cards(ALC), contains(ALC))
                .body(evidence(ALC, "Prompt"), equalTo(AlcoholBriefAdvice.INCREASING_RISK))
                .body(evidence("R-SMI-01", "Checks due"), not(containsString("alcohol")));
    }

    @Test
    void smiRegisterWithoutSmokingStatusIsAskedOnlyByTheSmiHealthCheckCard() {
        call(TestPatient.born("1970-01-01").condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01")
                .condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2012-01-01")
                .codedEvent(TestPatient.SNOMED, EX_SMOKER, "2025-11-26"))
                .body(cards(SMK), empty())
                .body(cards("R-SMI"), contains("R-SMI-01"))
                .body(evidence("R-SMI-01", "Checks due"), containsString("smoking status"));
    }

    @Test
    void smiRegisterCurrentSmokerStillGetsVeryBriefAdvice() {
        call(age40Smoker().condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01"))
                .body(cards(SMK), contains(SMK))
                .body(evidence(SMK, "Prompt"), equalTo(SmokingVeryBriefAdvice.OFFER_SUPPORT))
                .body(evidence("R-SMI-01", "Checks due"), not(containsString("smoking")));
    }

    @Test
    void recordedNonDrinkerCountsAsAnAlcoholScreen() {
        call(adult().codedEvent(TestPatient.SNOMED, NON_DRINKER, "2024-03-01")).body(cards(ALC), empty());
        call(adult().codedEvent(TestPatient.SNOMED, NON_DRINKER, "2021-11-26"))
                .body(evidence(ALC, "Prompt"), equalTo(AlcoholBriefAdvice.SCREEN))
                .body(card(ALC) + ".detail", containsString("Last alcohol screen 26 Nov 2021"));
    }

    @Test
    void alcoholThresholdsTravelInTheFindingAndWordTheCard() {
        call(adult().observation(TestPatient.SNOMED, AUDIT_C, "2026-01-15", 7, "{score}"))
                .body(evidence(ALC, AlcoholBriefAdvice.AUDIT_C_POSITIVE_FROM), equalTo("5"))
                .body(evidence(ALC, AlcoholBriefAdvice.INCREASING_RISK_FROM), equalTo("8"))
                .body(evidence(ALC, AlcoholBriefAdvice.HIGHER_RISK_FROM), equalTo("16"))
                .body(evidence(ALC, AlcoholBriefAdvice.POSSIBLE_DEPENDENCE_FROM), equalTo("20"))
                .body(card(ALC) + ".detail", containsString("8 to 15, alcohol brief advice"))
                .body(card(ALC) + ".detail", containsString("16 to 19, brief advice"))
                .body(card(ALC) + ".detail", containsString("20 or more, offer a specialist"));
    }

    @Test
    void eighteenthBirthdayTodayIsDueAScreen() {
        call(TestPatient.born("2008-11-26")).body(cards(ALC), contains(ALC));
    }

    @Test
    void dayBeforeEighteenthBirthdayIsNot() {
        call(TestPatient.born("2008-11-27")).body(cards(ALC), empty());
    }

    @Test
    void incompleteObservationsWithholdTheAlcoholRule() {
        withheld(CdsRequest.patientView(adult()), "observations")
                .body(cards("R-MECC"), empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem(ALC));
    }

    // R-MECC-WT-01

    private static final String WT = "R-MECC-WT-01";

    private static TestPatient bmi(String ethnicCategory, double bmi) {
        TestPatient patient = TestPatient.born("1980-06-15")
                .observation(TestPatient.SNOMED, BMI, "2026-04-01", bmi, "kg/m2");
        return ethnicCategory == null ? patient : patient.ethnicCategory(ethnicCategory);
    }

    @Test
    void T_MECC_04_bmi28BlackAfricanFiresAtTheLowerThreshold() {
        call(bmi("N", 28))
                .body(cards(WT), contains(WT))
                .body(evidence(WT, "Threshold"), equalTo("27.5"))
                .body(card(WT) + ".summary",
                        equalTo("BMI 28 (01 Apr 2026) — ask permission to talk about weight; offer weight-management support"))
                .body(card(WT) + ".summary", not(containsStringIgnoringCase("black")))
                .body(card(WT) + ".summary", not(containsStringIgnoringCase("african")))
                .body(card(WT) + ".detail", not(containsStringIgnoringCase("african")))
                .body(card(WT) + ".detail", containsString("\"Would it be OK to talk about your weight today?\""));
    }

    @Test
    void T_MECC_05_bmi28WhiteBritishDoesNotFire() {
        call(bmi("A", 28)).body(cards(WT), empty());
    }

    @Test
    void bmiExactly27Point5AsianFires() {
        call(bmi("H", 27.5)).body(cards(WT), contains(WT));
    }

    @Test
    void bmi27Point4AsianDoesNotFire() {
        call(bmi("H", 27.4)).body(cards(WT), empty());
    }

    @Test
    void bmiExactly30WhiteFires() {
        call(bmi("A", 30)).body(cards(WT), contains(WT)).body(evidence(WT, "Threshold"), equalTo("30"));
    }

    @Test
    void bmi29Point9WhiteDoesNotFire() {
        call(bmi("A", 29.9)).body(cards(WT), empty());
    }

    @Test
    void unknownMixedAndOtherGroupsUseTheGeneralThreshold() {
        call(bmi(null, 28)).body(cards(WT), empty());
        call(bmi("Z", 28)).body(cards(WT), empty());
        call(bmi("D", 28)).body(cards(WT), empty());
        call(bmi("S", 28)).body(cards(WT), empty());
        call(bmi("S", 30)).body(cards(WT), contains(WT));
    }

    @Test
    void loincBmiGivesTheSameFinding() {
        call(TestPatient.born("1980-06-15").ethnicCategory("N")
                .observation(TestPatient.LOINC, "39156-5", "2026-04-01", 28, "kg/m2"))
                .body(cards(WT), contains(WT))
                .body(evidence(WT, "Threshold"), equalTo("27.5"));
    }

    @Test
    void bmiInAnotherUnitIsNotRead() {
        call(TestPatient.born("1990-06-15").observation(TestPatient.SNOMED, BMI, "2026-04-01", 35, "kg"))
                .body(cards(WT), empty());
    }

    @Test
    void highBmiOlderThan24MonthsDoesNotFire() {
        call(TestPatient.born("1990-06-15").observation(TestPatient.SNOMED, BMI, "2024-11-26", 35, "kg/m2"))
                .body(cards(WT), empty());
    }

    @Test
    void noBmiIn5YearsAtAge40To74AsksForOne() {
        call(TestPatient.born("1980-06-15").observation(TestPatient.SNOMED, BMI, "2021-11-26", 24, "kg/m2"))
                .body(cards(WT), contains(WT))
                .body(evidence(WT, "Prompt"), equalTo("Measure BMI"))
                .body(card(WT) + ".summary", equalTo("No BMI recorded for over 5 years — consider measuring height "
                        + "and weight"))
                .body(card(WT) + ".detail", containsString("Last BMI recorded 26 Nov 2021"));
    }

    @Test
    void noBmiOutsideAge40To74DoesNotAsk() {
        call(TestPatient.born("1987-11-27")).body(cards(WT), empty());
        call(TestPatient.born("1986-11-26")).body(cards(WT), contains(WT));
        call(TestPatient.born("1951-11-26")).body(cards(WT), empty());
    }

    @Test
    void palliativeCareSuppressesWeightPrompt() {
        call(bmi("A", 34).condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-01")).body(cards(WT), empty());
    }

    // R-MECC-PA-01

    private static final String PA = "R-MECC-PA-01";

    @Test
    void adultWithNoActivityStatusIn3YearsFires() {
        call(TestPatient.born("1995-01-01").codedEvent(TestPatient.SNOMED, GPPAQ_ACTIVE, "2023-11-26"))
                .body(cards(PA), contains(PA))
                .body(card(PA) + ".summary", equalTo("No physical activity status for over 3 years — one-minute chat "
                        + "about being active"))
                .body(card(PA) + ".detail", containsString("150 minutes of moderate activity"))
                .body(card(PA) + ".detail", containsString("Last physical activity status 26 Nov 2023"));
    }

    @Test
    void activityStatusOneDayInside3YearsIsEnough() {
        call(TestPatient.born("1995-01-01").codedEvent(TestPatient.SNOMED, GPPAQ_ACTIVE, "2023-11-27"))
                .body(cards(PA), empty());
    }

    @Test
    void activityPromptStartsOnTheEighteenthBirthday() {
        call(TestPatient.born("2008-11-26")).body(cards(PA), contains(PA));
        call(TestPatient.born("2008-11-27")).body(cards(PA), empty());
    }

    @Test
    void lifestylePromptsRankAfterClinicalAreaCards() {
        JsonPath response = call(age40Smoker().condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2010-01-01")
                .observation(TestPatient.SNOMED, AUDIT, "2026-09-10", 12, "{score}")).extract().jsonPath();
        assertThat(Topics.shownOrSummarised(response, "R-SMI", "R-MECC"), contains("R-SMI-01", SMK, ALC, WT, PA));
    }

    @Test
    void palliativeCareSuppressesEveryLifestylePrompt() {
        call(TestPatient.born("1980-01-01").codedEvent(TestPatient.SNOMED, SMOKER, "2026-06-01")
                .condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-01"))
                .body(cards("R-MECC"), empty());
    }
}
