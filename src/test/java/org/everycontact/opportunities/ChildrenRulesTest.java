package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * The children and young people rules R-CYP-AST-01, R-CYP-DM-01, R-CYP-DM-02, R-CYP-EPI-01 and
 * R-CYP-ORAL-01 (clinical-spec §5, T-CYP-01, T-CYP-05), through the service as an EHR calls it.
 * As-of date 2026-11-26.
 */
@QuarkusTest
class ChildrenRulesTest {

    private static final String CARDS = Topics.cards("R-CYP");
    private static final String FINDINGS = Topics.findings("R-CYP");
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String DMD = "https://dmd.nhs.uk";
    private static final String ASTHMA = "195967001";
    private static final String ASTHMA_RESOLVED = "162660004";
    private static final String ALBUTEROL = "435";
    private static final String SALBUTAMOL_VMP = "39113611000001102";
    private static final String BUDESONIDE = "19831";
    private static final String TYPE_1 = "46635009";
    private static final String TYPE_2 = "44054006";
    private static final String INSULIN_PUMP = "69805005";
    private static final String CGM_PROCEDURE = "439926003";
    private static final String MOMETASONE = "108118";
    private static final String EPILEPSY = "84757009";
    private static final String LEARNING_DISABILITY = "110359009";
    private static final String AUTISM = "35919005";
    private static final String ANXIETY = "197480006";

    private static ValidatableResponse call(TestPatient patient) {
        return ScreeningRulesTest.call(patient);
    }

    private static String card(String ruleId, String field) {
        return "cards.find { it.source.topic.code == '" + ruleId + "' }." + field;
    }

    private static TestPatient asthmatic(String born) {
        return TestPatient.born(born).condition(TestPatient.SNOMED, ASTHMA, "2021-01-01");
    }

    private static TestPatient relievers(TestPatient patient, String system, String code, String... dates) {
        for (String date : dates) {
            patient.medicationRequest(system, code, date);
        }
        return patient;
    }

    // R-CYP-AST-01

    @Test
    void T_CYP_01_age9AsthmaWithFourSabaIssuesFires() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-01-10", "2026-04-10", "2026-07-10", "2026-10-10")
                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(CARDS, contains("R-CYP-AST-01"))
                .body(card("R-CYP-AST-01", "summary"), equalTo(
                        "Asthma review: 4 reliever inhalers issued in 12 months — check control and preventer use"))
                .body(card("R-CYP-AST-01", "indicator"), equalTo("info"))
                .body(card("R-CYP-AST-01", "detail"), containsString("the last on 10 Oct 2026"))
                .body(card("R-CYP-AST-01", "detail"), containsString("aged 9"));
    }

    @Test
    void twoSabaIssuesWithAPreventerDoNotFireThreeDo() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-01-10", "2026-07-10")
                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-01-10", "2026-04-10", "2026-07-10")
                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(CARDS, contains("R-CYP-AST-01"));
    }

    @Test
    void sixSabaIssuesIsAPriorityReview() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-01-10", "2026-02-10", "2026-04-10",
                "2026-06-10", "2026-08-10", "2026-10-10").medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(card("R-CYP-AST-01", "summary"), equalTo(
                        "Priority asthma review: 6 reliever inhalers issued in 12 months — check control and preventer use"));
    }

    @Test
    void mometasoneIsAPreventer() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-07-10")
                .medicationRequest(RXNORM, MOMETASONE, "2026-06-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void relieverWithoutPreventerFires() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-07-10"))
                .body(CARDS, contains("R-CYP-AST-01"))
                .body(card("R-CYP-AST-01", "summary"), equalTo(
                        "Asthma: reliever issued with no preventer inhaler in 12 months — review asthma control"));
    }

    @Test
    void dmdAndRxNormRelieversGiveTheSameFinding() {
        call(relievers(asthmatic("2017-05-01"), DMD, SALBUTAMOL_VMP, "2026-01-10", "2026-04-10", "2026-07-10", "2026-10-10")
                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(card("R-CYP-AST-01", "summary"), equalTo(
                        "Asthma review: 4 reliever inhalers issued in 12 months — check control and preventer use"));
    }

    @Test
    void issuesTwelveMonthsAgoAreOutsideTheLookBack() {
        call(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2025-11-26", "2026-04-10", "2026-07-10")
                .medicationRequest(RXNORM, BUDESONIDE, "2026-06-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void eighteenOrResolvedAsthmaDoesNotFire() {
        call(relievers(asthmatic("2008-11-26"), RXNORM, ALBUTEROL, "2026-07-10")).body(FINDINGS, ScreeningRulesTest.NONE);
        call(relievers(asthmatic("2008-11-27"), RXNORM, ALBUTEROL, "2026-07-10")).body(CARDS, contains("R-CYP-AST-01"));
        call(relievers(asthmatic("2017-05-01").codedEvent(TestPatient.SNOMED, ASTHMA_RESOLVED, "2024-01-01"),
                RXNORM, ALBUTEROL, "2026-07-10"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void incompleteMedicationStatementsWithholdTheAsthmaRule() {
        given().contentType("application/json")
                .body(CdsRequest.patientView(relievers(asthmatic("2017-05-01"), RXNORM, ALBUTEROL, "2026-07-10"))
                        .prefetchValue("medicationStatements", TestPatient.json(new OperationOutcome().addIssue(
                                new OperationOutcome.OperationOutcomeIssueComponent()
                                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                                        .setCode(OperationOutcome.IssueType.TIMEOUT))))
                        .toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(FINDINGS, ScreeningRulesTest.NONE)
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-CYP-AST-01"));
    }

    // T-CYP-05: no automatic mental-health rule

    @Test
    void T_CYP_05_age15WithAnxietyGetsNoChildrensCard() {
        call(TestPatient.born("2011-03-01").condition(TestPatient.SNOMED, ANXIETY, "2026-05-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    // R-CYP-DM-01

    @Test
    void type1WithMinorityEthnicityAndNoPumpFires() {
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").condition(TestPatient.SNOMED, TYPE_1, "2020-01-01"), "N"))
                .body(CARDS, contains("R-CYP-DM-01"))
                .body(card("R-CYP-DM-01", "summary"), equalTo(
                        "Type 1 diabetes with no insulin pump or real-time CGM recorded — check the specialist team has offered them"))
                .body(card("R-CYP-DM-01", "summary"), not(containsString("African")));
    }

    @Test
    void type1InCore20NeighbourhoodFires() {
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").homePostcode("M15 4AG")
                .condition(TestPatient.SNOMED, TYPE_1, "2020-01-01"), "A"))
                .body(CARDS, contains("R-CYP-DM-01"));
    }

    @Test
    void type1WithWhiteOrUnknownEthnicityOutsideCore20DoesNotFire() {
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").homePostcode("M15 4AJ")
                .condition(TestPatient.SNOMED, TYPE_1, "2020-01-01"), "A"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01")
                .condition(TestPatient.SNOMED, TYPE_1, "2020-01-01"), "Z"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(TestPatient.born("2014-02-01").condition(TestPatient.SNOMED, TYPE_1, "2020-01-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void insulinPumpRecordedMeansNoType1Card() {
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").condition(TestPatient.SNOMED, TYPE_1, "2020-01-01")
                .procedure(TestPatient.SNOMED, "443263006", "2023-03-01"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").condition(TestPatient.SNOMED, TYPE_1, "2020-01-01")
                .codedEvent(TestPatient.SNOMED, INSULIN_PUMP, "2023-03-01"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void continuousGlucoseMonitoringRecordedMeansNoType1Card() {
        call(MaternityRuleTest.ethnicity(TestPatient.born("2014-02-01").condition(TestPatient.SNOMED, TYPE_1, "2020-01-01")
                .procedure(TestPatient.SNOMED, CGM_PROCEDURE, "2024-09-01"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    // R-CYP-DM-02

    @Test
    void type2MissingBloodPressureAndUrineAcrListsThem() {
        call(TestPatient.born("2011-02-01").condition(TestPatient.SNOMED, TYPE_2, "2024-01-01")
                .observation(TestPatient.SNOMED, "999791000000106", "2026-05-01", 52, "mmol/mol")
                .observation(TestPatient.SNOMED, "60621009", "2026-05-01", 31.2, "kg/m2"))
                .body(CARDS, contains("R-CYP-DM-02"))
                .body(card("R-CYP-DM-02", "summary"), equalTo(
                        "Type 2 diabetes: 2 of 4 annual checks due (blood pressure, urine ACR) — arrange them"))
                .body(card("R-CYP-DM-02", "detail"), containsString("Not recorded in the last 12 months: blood pressure, urine ACR"));
    }

    @Test
    void type2WithAllFourChecksInLoincDoesNotFire() {
        call(TestPatient.born("2011-02-01").condition(TestPatient.SNOMED, TYPE_2, "2024-01-01")
                .observation(TestPatient.LOINC, "4548-4", "2026-05-01", 7.1, "%")
                .observation(TestPatient.LOINC, "39156-5", "2026-05-01", 31.2, "kg/m2")
                .loincBloodPressure("2026-05-01T10:00:00Z", 118, 74)
                .observation(TestPatient.LOINC, "9318-7", "2026-05-01", 12, "mg/g"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void type2ChecksOlderThanTwelveMonthsAreMissing() {
        call(TestPatient.born("2011-02-01").condition(TestPatient.SNOMED, TYPE_2, "2024-01-01")
                .observation(TestPatient.SNOMED, "999791000000106", "2025-11-26", 52, "mmol/mol")
                .observation(TestPatient.SNOMED, "60621009", "2026-05-01", 31.2, "kg/m2")
                .bloodPressure("2026-05-01T10:00:00Z", 118, 74)
                .observation(TestPatient.SNOMED, "1023491000000104", "2026-05-01", 1.1, "mg/mmol"))
                .body(card("R-CYP-DM-02", "summary"), equalTo(
                        "Type 2 diabetes: 1 of 4 annual checks due (HbA1c) — arrange them"));
    }

    // R-CYP-EPI-01

    @Test
    void newEpilepsyWithLearningDisabilityAndNoNurseFires() {
        call(TestPatient.born("2012-04-01").condition(TestPatient.SNOMED, EPILEPSY, "2026-03-01")
                .condition(TestPatient.SNOMED, LEARNING_DISABILITY, "2021-01-01"))
                .body(CARDS, contains("R-CYP-EPI-01"))
                .body(card("R-CYP-EPI-01", "summary"), equalTo(
                        "Epilepsy diagnosed in the last year, no specialist nurse contact recorded — check referral"))
                .body(card("R-CYP-EPI-01", "detail"), containsString("Epilepsy first recorded 01 Mar 2026"));
    }

    @Test
    void autismCountsLikeLearningDisability() {
        call(TestPatient.born("2012-04-01").condition(TestPatient.SNOMED, EPILEPSY, "2026-03-01")
                .condition(TestPatient.SNOMED, AUTISM, "2016-01-01"))
                .body(CARDS, contains("R-CYP-EPI-01"));
    }

    @Test
    void epilepsyBeyondTheFirstYearOrWithoutLdOrAutismDoesNotFire() {
        call(TestPatient.born("2012-04-01").condition(TestPatient.SNOMED, EPILEPSY, "2025-11-26")
                .condition(TestPatient.SNOMED, AUTISM, "2016-01-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(TestPatient.born("2012-04-01").condition(TestPatient.SNOMED, EPILEPSY, "2026-03-01"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    // R-CYP-ORAL-01

    @Test
    void underTenInCore20NeighbourhoodGetsTheOralHealthSignpost() {
        call(TestPatient.born("2021-06-01").homePostcode("M15 4AG"))
                .body(CARDS, contains("R-CYP-ORAL-01"))
                .body(card("R-CYP-ORAL-01", "summary"), equalTo(
                        "Oral health: check the child sees an NHS dentist and brushes twice a day with fluoride toothpaste"))
                .body(card("R-CYP-ORAL-01", "summary"), not(containsString("Core20")))
                .body(card("R-CYP-ORAL-01", "detail"), containsString(
                        "Prioritised under NHS Core20PLUS5 (local health inequalities programme)"));
    }

    @Test
    void underTenInAPlusGroupGetsItToo() {
        call(TestPatient.born("2018-06-01").condition(TestPatient.SNOMED, AUTISM, "2022-01-01"))
                .body(CARDS, contains("R-CYP-ORAL-01"));
    }

    @Test
    void tenthBirthdayOrNoPrioritisationMeansNoOralHealthCard() {
        call(TestPatient.born("2016-11-26").homePostcode("M15 4AG")).body(FINDINGS, ScreeningRulesTest.NONE);
        call(TestPatient.born("2016-11-27").homePostcode("M15 4AG")).body(CARDS, contains("R-CYP-ORAL-01"));
        call(TestPatient.born("2021-06-01").homePostcode("M15 4AJ")).body(FINDINGS, ScreeningRulesTest.NONE);
    }
}
