package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hamcrest.Matcher;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * R-SCR-BOW-01, R-SCR-BRE-01 and R-SCR-CER-01 (clinical-spec §6.6), through the service as an EHR
 * calls it. As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class ScreeningRulesTest {

    static final String CARDS = Topics.cards("R-SCR");
    static final String FINDINGS = Topics.findings("R-SCR");
    private static final String BREAST = Topics.cards("R-SCR-BRE");
    private static final String BREAST_FINDINGS = Topics.findings("R-SCR-BRE");
    /** No finding of the family: findings are left out of the assessment when there are none at all. */
    static final Matcher<?> NONE = anyOf(nullValue(), empty());
    static final String EVIDENCE = "extension.'org.everycontact.assessment'.findings.find { it.ruleId == '%s' }.evidence";
    private static final String FIT_NORMAL = "1101361000000103";
    private static final String FIT_LOINC = "29771-3";
    private static final String SCREENING_MAMMOGRAPHY = "24623002";
    private static final String MAMMOGRAM_LOINC = "24606-6";
    private static final String SMEAR_NEGATIVE = "269958004";
    private static final String HPV_NEGATIVE_FINDING = "888091000000108";
    private static final String HPV_POSITIVE_FINDING = "888111000000103";
    private static final String CYTOLOGY_LOINC = "10524-7";
    private static final String TOTAL_HYSTERECTOMY = "116140006";
    private static final String SCREENING_DISCLAIMER = "185625009";
    private static final String PALLIATIVE_CARE = "103735009";

    static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)))
                .body("cards.summary", everyItem(not(containsString("overdue"))));
    }

    static TestPatient male(TestPatient patient) {
        patient.patient().setGender(Enumerations.AdministrativeGender.MALE);
        return patient;
    }

    /** An HPV test Observation with a coded result (LOINC test, SNOMED value), as laboratories send it. */
    static TestPatient hpvTest(TestPatient patient, String loinc, String date, String resultCode) {
        Observation o = new Observation();
        o.setId("hpv-" + loinc + "-" + date);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(new Reference("Patient/" + patient.id()));
        o.setCode(TestPatient.concept(TestPatient.LOINC, loinc));
        o.setEffective(new DateTimeType(date));
        o.setValue(TestPatient.concept(TestPatient.SNOMED, resultCode));
        return patient.add(o);
    }

    // R-SCR-BOW-01

    @Test
    void age56WithNoBowelScreeningFires() {
        call(TestPatient.born("1970-03-01"))
                .body(CARDS, hasItem("R-SCR-BOW-01"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BOW-01' }.summary", equalTo(
                        "No bowel screening (FIT) result in 30 months — check the home test kit arrived and encourage its return"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BOW-01' }.indicator", equalTo("info"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BOW-01' }.detail",
                        containsString("No bowel screening result found in the record"));
    }

    @Test
    void fiftiethBirthdayTodayFiresDayBeforeDoesNot() {
        call(male(TestPatient.born("1976-11-26"))).body(CARDS, contains("R-SCR-BOW-01"));
        call(male(TestPatient.born("1976-11-27"))).body(FINDINGS, NONE);
    }

    @Test
    void seventyFifthBirthdayEndsBowelScreening() {
        call(male(TestPatient.born("1951-11-27"))).body(CARDS, contains("R-SCR-BOW-01"));
        call(male(TestPatient.born("1951-11-26"))).body(FINDINGS, NONE);
    }

    @Test
    void snomedAndLoincFitResultsBothCount() {
        call(male(TestPatient.born("1966-01-01")).codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2025-02-01"))
                .body(FINDINGS, NONE);
        call(male(TestPatient.born("1966-01-01")).codedEvent(TestPatient.LOINC, FIT_LOINC, "2025-02-01"))
                .body(FINDINGS, NONE);
    }

    @Test
    void bowelLookBackIsThirtyMonths() {
        call(male(TestPatient.born("1966-01-01")).codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2024-05-27"))
                .body(FINDINGS, NONE);
        call(male(TestPatient.born("1966-01-01")).codedEvent(TestPatient.LOINC, FIT_LOINC, "2024-05-26"))
                .body(CARDS, contains("R-SCR-BOW-01"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BOW-01' }.detail",
                        containsString("Last bowel screening result recorded 26 May 2024; none in the last 30 months"));
    }

    @Test
    void palliativeCareSuppressesScreening() {
        call(TestPatient.born("1966-01-01").condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-10"))
                .body(FINDINGS, NONE);
    }

    @Test
    void incompleteObservationsWithholdTheScreeningRules() {
        given().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1966-01-01"))
                        .prefetchValue("observations", TestPatient.json(new OperationOutcome().addIssue(
                                new OperationOutcome.OperationOutcomeIssueComponent()
                                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                                        .setCode(OperationOutcome.IssueType.TIMEOUT))))
                        .toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(FINDINGS, NONE)
                .body("extension.'org.everycontact.assessment'.withheld.rule",
                        org.hamcrest.Matchers.hasItems("R-SCR-BOW-01", "R-SCR-BRE-01", "R-SCR-CER-01"));
    }

    @Test
    void incompleteProceduresAlsoWithholdThem() {
        given().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1966-01-01"))
                        .prefetchValue("procedures", TestPatient.json(new OperationOutcome().addIssue(
                                new OperationOutcome.OperationOutcomeIssueComponent()
                                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                                        .setCode(OperationOutcome.IssueType.TIMEOUT))))
                        .toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(FINDINGS, NONE)
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-SCR-BRE-01"));
    }

    // R-SCR-BRE-01

    @Test
    void T_SCR_01_female55WithNoMammogramIn42MonthsFires() {
        call(TestPatient.born("1971-05-10").codedEvent(TestPatient.SNOMED, SCREENING_MAMMOGRAPHY, "2022-01-10"))
                .body(CARDS, hasItem("R-SCR-BRE-01"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BRE-01' }.summary", equalTo(
                        "No mammogram recorded in 42 months — check the breast screening invitation and encourage attendance"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BRE-01' }.indicator", equalTo("info"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BRE-01' }.detail",
                        containsString("Last mammogram recorded 10 Jan 2022"))
                .body("cards.find { it.source.topic.code == 'R-SCR-BRE-01' }.detail", containsString("aged 55"));
    }

    @Test
    void maleGetsNoBreastOrCervicalCard() {
        call(male(TestPatient.born("1971-05-10"))).body(CARDS, contains("R-SCR-BOW-01"));
        call(male(TestPatient.born("1990-05-10"))).body(FINDINGS, NONE);
    }

    @Test
    void breastScreeningStartsAtThe53rdBirthday() {
        TestPatient turning53 = TestPatient.born("1973-11-26").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01");
        call(turning53).body(BREAST, contains("R-SCR-BRE-01"));
        TestPatient aged52 = TestPatient.born("1973-11-27").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01");
        call(aged52).body(BREAST_FINDINGS, NONE);
    }

    @Test
    void breastScreeningEndsAtThe71stBirthday() {
        call(TestPatient.born("1955-11-27").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01"))
                .body(BREAST, contains("R-SCR-BRE-01"));
        call(TestPatient.born("1955-11-26").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01"))
                .body(BREAST_FINDINGS, NONE);
    }

    @Test
    void snomedAndLoincMammogramsBothCountWithin42Months() {
        call(TestPatient.born("1966-01-01").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01")
                .procedure(TestPatient.SNOMED, SCREENING_MAMMOGRAPHY, "2023-05-27"))
                .body(BREAST_FINDINGS, NONE);
        call(TestPatient.born("1966-01-01").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01")
                .codedEvent(TestPatient.LOINC, MAMMOGRAM_LOINC, "2023-05-27"))
                .body(BREAST_FINDINGS, NONE);
        call(TestPatient.born("1966-01-01").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01")
                .codedEvent(TestPatient.LOINC, MAMMOGRAM_LOINC, "2023-05-26"))
                .body(BREAST, contains("R-SCR-BRE-01"));
    }

    // R-SCR-CER-01

    /** Within 36 months neither sample type is due; T-SCR-02 and T-SCR-03 are in CervicalScreeningIntervalTest. */
    @Test
    void hpvNegativeResultsOf2025AreNotDueIn2026WhateverTheSample() {
        call(hpvTest(TestPatient.born("1996-06-01"), "21440-3", "2025-08-01", "260385009"))
                .body(FINDINGS, NONE);
        call(hpvTest(TestPatient.born("1996-06-01"), "44546-0", "2025-08-01", "260385009"))
                .body(FINDINGS, NONE);
    }

    @Test
    void noCervicalResultAt30Fires() {
        call(TestPatient.born("1996-06-01"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", equalTo(
                        "No cervical screening result recorded — check the invitation and encourage booking"))
                .body(Topics.card("R-SCR-CER-01") + ".indicator", equalTo("info"));
    }

    @Test
    void smearMoreThan42MonthsAgoAt40FiresWithItsDueDate() {
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2023-01-10"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", equalTo(
                        "Cervical screening due since 10 Jan 2026 — check the invitation and encourage booking"))
                .body(Topics.card("R-SCR-CER-01") + ".detail", containsString("Last result 10 Jan 2023: screening result; next test due "
                        + "10 Jan 2026 (36-month interval)"))
                .body(String.format(EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Due date' }.date",
                        equalTo("2026-01-10"));
    }

    @Test
    void cervicalLookBackEdgeIsIntervalPlusSixMonths() {
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2023-05-27"))
                .body(FINDINGS, NONE);
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2023-05-26"))
                .body(CARDS, contains("R-SCR-CER-01"));
    }

    @Test
    void fromFiftyTheIntervalIsFiveYears() {
        call(screenedForBowelAndBreast("1966-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2021-05-27"))
                .body(FINDINGS, NONE);
        call(screenedForBowelAndBreast("1966-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2021-05-26"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(String.format(EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Interval (months)' }.value",
                        equalTo("60"));
    }

    /** The interval follows the age at the result (clinical-spec §6.6), not the age today. */
    @Test
    void aThreeYearlyResultAt46StaysThreeYearlyAfterTheFiftiethBirthday() {
        call(TestPatient.born("1976-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2023-05-01"))
                .body(CARDS, hasItem("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", equalTo(
                        "Cervical screening due since 01 May 2026 — check the invitation and encourage booking"))
                .body(String.format(EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Age' }.value", equalTo("50"));
    }

    @Test
    void resultTheDayBeforeTheFiftiethBirthdayIsThreeYearly() {
        call(screenedForBowelAndBreast("1972-03-15").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2022-03-14"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(String.format(EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Due date' }.date",
                        equalTo("2025-03-14"));
    }

    @Test
    void resultOnOrAfterTheFiftiethBirthdayIsFiveYearly() {
        call(screenedForBowelAndBreast("1972-03-15").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2022-03-15"))
                .body(FINDINGS, NONE);
        call(screenedForBowelAndBreast("1972-03-15").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2022-03-16"))
                .body(FINDINGS, NONE);
    }

    /** A woman of the bowel and breast age bands whose bowel and breast screening is up to date. */
    private static TestPatient screenedForBowelAndBreast(String born) {
        return TestPatient.born(born).codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01")
                .codedEvent(TestPatient.SNOMED, SCREENING_MAMMOGRAPHY, "2026-01-01");
    }

    @Test
    void loincCytologyCountsLikeTheSnomedSmearCode() {
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.LOINC, CYTOLOGY_LOINC, "2023-01-10"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(String.format(EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Due date' }.date",
                        equalTo("2026-01-10"));
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.LOINC, CYTOLOGY_LOINC, "2024-01-10"))
                .body(FINDINGS, NONE);
    }

    @Test
    void hpvPositiveMeansRecallAfterOneYear() {
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, HPV_POSITIVE_FINDING, "2025-06-01"))
                .body(FINDINGS, NONE);
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, HPV_POSITIVE_FINDING, "2025-04-01"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", containsString("due since 01 Apr 2026"));
        call(hpvTest(TestPatient.born("1986-06-01"), "21440-3", "2025-04-01", "10828004"))
                .body(CARDS, contains("R-SCR-CER-01"));
    }

    @Test
    void hpvTestWithoutAResultIsNoResult() {
        call(hpvTest(TestPatient.born("1986-06-01"), "21440-3", "2025-08-01", "1234567008"))
                .body(CARDS, contains("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", org.hamcrest.Matchers.startsWith("No cervical screening result recorded"));
    }

    @Test
    void hysterectomyMeansScreeningDoesNotApply() {
        call(TestPatient.born("1986-06-01").procedure(TestPatient.SNOMED, TOTAL_HYSTERECTOMY, "2019-03-01"))
                .body(FINDINGS, NONE);
    }

    @Test
    void optedOutAfterTheLastResultSuppressesItUntilANewResult() {
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2018-01-10")
                .codedEvent(TestPatient.SNOMED, SCREENING_DISCLAIMER, "2019-01-10"))
                .body(FINDINGS, NONE);
        call(TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, SCREENING_DISCLAIMER, "2019-01-10")
                .codedEvent(TestPatient.SNOMED, SMEAR_NEGATIVE, "2020-01-10"))
                .body(CARDS, contains("R-SCR-CER-01"));
    }

    @Test
    void cervicalAgeBandIs25To64() {
        call(TestPatient.born("2001-11-27")).body(FINDINGS, NONE);
        call(TestPatient.born("2001-11-26")).body(CARDS, contains("R-SCR-CER-01"));
        TestPatient aged65 = TestPatient.born("1961-11-26").codedEvent(TestPatient.SNOMED, FIT_NORMAL, "2026-01-01")
                .codedEvent(TestPatient.SNOMED, SCREENING_MAMMOGRAPHY, "2026-01-01");
        call(aged65).body(FINDINGS, NONE);
    }

    @Test
    void enteredInErrorResultDoesNotCount() {
        TestPatient patient = TestPatient.born("1986-06-01").codedEvent(TestPatient.SNOMED, HPV_NEGATIVE_FINDING, "2025-01-10");
        ((Observation) patient.resourcesOf("Observation").get(0)).setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        call(patient).body(CARDS, contains("R-SCR-CER-01"));
    }

    @Test
    void findingsCarryTheRuleIds() {
        call(TestPatient.born("1966-01-01")).body(FINDINGS, contains("R-SCR-BOW-01", "R-SCR-BRE-01", "R-SCR-CER-01"));
    }
}
