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
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * R-HTN-01, R-HTN-02 and R-HTN-04 (clinical-spec §6.1) and blood pressure pairing (IN-6, IN-7, H04),
 * through the service as an EHR calls it. As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class BloodPressureRulesTest {

    private static final String TOPICS = Topics.cards("R-HTN");
    private static final String ESSENTIAL_HYPERTENSION = "59621000";
    private static final String PREGNANT = "77386006";
    private static final String BP_DECLINED = "163151000000108";
    private static final String HOME_SYSTOLIC = "413606001";
    private static final String HOME_DIASTOLIC = "413605002";
    private static final String ABPM_SYSTOLIC = "314446007";
    private static final String ABPM_DIASTOLIC = "314461008";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)));
    }

    private static TestPatient age52() {
        return TestPatient.born("1974-01-01");
    }

    private static TestPatient onRegister(String born) {
        return TestPatient.born(born).condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2015-01-01");
    }

    private static TestPatient home(TestPatient patient, String when, int systolic, int diastolic) {
        return patient.observation(TestPatient.SNOMED, HOME_SYSTOLIC, when, systolic, "mm[Hg]")
                .observation(TestPatient.SNOMED, HOME_DIASTOLIC, when, diastolic, "mm[Hg]");
    }

    // R-HTN-01

    @Test
    void T_HTN_01_raisedClinicBpWithNothingAfterFires() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94))
                .body(TOPICS, contains("R-HTN-01"))
                .body("cards[0].summary", equalTo(
                        "BP 152/94 on 03 Mar 2026 with no diagnosis or home/ambulatory BP since — consider ABPM/HBPM"))
                .body("cards[0].detail", containsString("Last clinic BP 152/94 on 03 Mar 2026"))
                .body("cards[0].detail", containsString("aged 52"))
                .body("cards[0].indicator", equalTo("info"))
                .body("cards[0].source.label", equalTo("NICE NG136"))
                .body("cards[0].source.url", equalTo("https://www.nice.org.uk/guidance/ng136"));
    }

    @Test
    void T_HTN_04_homeAverageAfterTheRaisedReadingMeansFollowedUp() {
        call(home(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94), "2026-03-20T08:00:00Z", 128, 80))
                .body(TOPICS, empty());
    }

    @Test
    void abpmAfterTheRaisedReadingMeansFollowedUp() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94)
                .observation(TestPatient.SNOMED, ABPM_SYSTOLIC, "2026-04-02T18:00:00Z", 141, "mm[Hg]")
                .observation(TestPatient.SNOMED, ABPM_DIASTOLIC, "2026-04-02T18:00:00Z", 88, "mm[Hg]"))
                .body(TOPICS, not(hasItem("R-HTN-01")));
    }

    @Test
    void T_PREG_01_pregnantPatientWithRaisedBpGetsNoCaseFindingCard() {
        call(TestPatient.born("1994-01-01").bloodPressure("2026-10-01T10:00:00Z", 145, 92)
                .condition(TestPatient.SNOMED, PREGNANT, "2026-06-01"))
                .body(TOPICS, empty());
    }

    @Test
    void pregnancyMoreThanNineMonthsAgoDoesNotSuppress() {
        call(TestPatient.born("1994-01-01").bloodPressure("2026-10-01T10:00:00Z", 145, 92)
                .condition(TestPatient.SNOMED, PREGNANT, "2025-12-01"))
                .body(TOPICS, contains("R-HTN-01"));
    }

    @Test
    void laterNormalClinicBpClearsIt() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94).bloodPressure("2026-04-10T09:00:00Z", 132, 84))
                .body(TOPICS, empty());
    }

    @Test
    void sameDayUsesTheLowerOfTheLastTwoReadings() {
        call(age52().bloodPressure("2026-10-01T09:00:00Z", 150, 95).bloodPressure("2026-10-01T09:05:00Z", 138, 86))
                .body(TOPICS, empty());
    }

    @Test
    void diastolicAloneAtNinetyIsRaised() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 130, 90))
                .body(TOPICS, contains("R-HTN-01"));
    }

    @Test
    void raisedReadingOlderThan24MonthsDoesNotFire() {
        call(age52().bloodPressure("2024-11-20T09:00:00Z", 152, 94))
                .body(TOPICS, not(hasItem("R-HTN-01")));
    }

    @Test
    void bpDeclinedInTwelveMonthsSuppressesIt() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94)
                .codedEvent(TestPatient.SNOMED, BP_DECLINED, "2026-05-01"))
                .body(TOPICS, empty());
    }

    @Test
    void under18DoesNotFire() {
        call(TestPatient.born("2010-01-01").bloodPressure("2026-03-03T09:15:00Z", 152, 94))
                .body(TOPICS, empty());
    }

    @Test
    void resolvedHypertensionIsNotTheRegister() {
        TestPatient patient = age52().condition(TestPatient.SNOMED, ESSENTIAL_HYPERTENSION, "2010-01-01")
                .bloodPressure("2026-03-03T09:15:00Z", 152, 94);
        ((org.hl7.fhir.r4.model.Condition) patient.resourcesOf("Condition").get(0)).setClinicalStatus(
                TestPatient.concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved"));
        call(patient).body(TOPICS, contains("R-HTN-01"));
    }

    // Pairing, units and status (IN-6, IN-7, H04)

    @Test
    void T_HTN_05_systolicAndDiastolicFromDifferentDaysAreNotPaired() {
        call(age52().observation(TestPatient.LOINC, "8480-6", "2026-05-01T09:00:00Z", 150, "mm[Hg]")
                .observation(TestPatient.LOINC, "8462-4", "2026-06-01T09:00:00Z", 80, "mm[Hg]"))
                .body(TOPICS, contains("R-HTN-01"))
                .body("cards[0].summary", containsString("BP systolic 150 on 01 May 2026"))
                .body("cards[0].detail", not(containsString("150/80")));
    }

    @Test
    void separateSystolicAndDiastolicAtTheSameInstantPair() {
        call(age52().observation(TestPatient.LOINC, "8480-6", "2026-03-03T09:15:00Z", 152, "mm[Hg]")
                .observation(TestPatient.LOINC, "8462-4", "2026-03-03T09:15:00Z", 94, "mm[Hg]"))
                .body(TOPICS, contains("R-HTN-01"))
                .body("cards[0].summary", containsString("BP 152/94 on 03 Mar 2026"));
    }

    @Test
    void diastolicOnlyNormalReadingDoesNotClearAnEarlierRaisedOne() {
        call(age52().bloodPressure("2026-03-03T09:15:00Z", 152, 94)
                .observation(TestPatient.LOINC, "8462-4", "2026-06-01T09:00:00Z", 80, "mm[Hg]"))
                .body(TOPICS, contains("R-HTN-01"));
    }

    @Test
    void valuesInOtherUnitsAreIgnored() {
        call(age52().observation(TestPatient.LOINC, "8480-6", "2026-03-03T09:15:00Z", 20.3, "kPa")
                .observation(TestPatient.LOINC, "8462-4", "2026-03-03T09:15:00Z", 12.5, "kPa"))
                .body(TOPICS, empty());
    }

    @Test
    void loincPanelCounts() {
        call(age52().loincBloodPressure("2026-03-03T09:15:00Z", 152, 94))
                .body(TOPICS, contains("R-HTN-01"));
    }

    // R-HTN-02

    @Test
    void T_HTN_02_severeReadingTodayGivesTheOnlyWarningCard() {
        call(age52().bloodPressure("2026-11-26T09:00:00Z", 186, 122))
                .body(TOPICS, contains("R-HTN-02", "R-HTN-01"))
                .body("cards[0].indicator", equalTo("warning"))
                .body("cards[1].indicator", equalTo("info"))
                .body("cards[0].summary", equalTo(
                        "BP 186/122 recorded on 26 Nov 2026: NICE NG136 advises same-day clinical assessment"))
                .body("cards[0].detail", containsString("not a safety net"))
                .body("cards[0].detail", containsString("186/122 on 26 Nov 2026"))
                .body("cards[0].source.url", equalTo("https://www.nice.org.uk/guidance/ng136"));
    }

    @Test
    void T_HTN_03_severeReadingOlderThan14DaysIsStale() {
        call(age52().bloodPressure("2026-10-01T09:00:00Z", 186, 122))
                .body(TOPICS, not(hasItem("R-HTN-02")))
                .body(TOPICS, contains("R-HTN-01"))
                .body("cards.indicator", everyItem(equalTo("info")));
    }

    @Test
    void severeReadingExactly14DaysAgoStillWarns() {
        call(age52().bloodPressure("2026-11-12T09:00:00Z", 150, 120))
                .body("cards[0].source.topic.code", equalTo("R-HTN-02"));
    }

    @Test
    void laterClinicReadingBelowSevereClearsTheWarning() {
        call(age52().bloodPressure("2026-11-20T09:00:00Z", 184, 110).bloodPressure("2026-11-20T09:10:00Z", 162, 98))
                .body(TOPICS, contains("R-HTN-01"));
    }

    @Test
    void severeReadingOnTheRegisterStillWarns() {
        call(onRegister("1960-01-01").bloodPressure("2026-11-25T09:00:00Z", 190, 100))
                .body(TOPICS, contains("R-HTN-02", "R-HTN-04"));
    }

    @Test
    void preliminaryAndEnteredInErrorReadingsAreIgnored() {
        TestPatient patient = age52().bloodPressure("2026-11-26T09:00:00Z", 186, 122)
                .bloodPressure("2026-11-25T09:00:00Z", 190, 125);
        ((Observation) patient.resourcesOf("Observation").get(0)).setStatus(Observation.ObservationStatus.PRELIMINARY);
        ((Observation) patient.resourcesOf("Observation").get(1)).setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        call(patient).body(TOPICS, not(hasItem("R-HTN-02"))).body(TOPICS, not(hasItem("R-HTN-01")));
    }

    @Test
    void homeAverageIsNotAClinicSevereReading() {
        call(home(age52(), "2026-11-25T08:00:00Z", 182, 100))
                .body(TOPICS, not(hasItem("R-HTN-02")));
    }

    // R-HTN-04

    @Test
    void T_HTN_06_homeAverageAboveHomeTargetFires() {
        call(home(onRegister("1956-06-01"), "2026-09-01T08:00:00Z", 138, 84))
                .body(TOPICS, contains("R-HTN-04"))
                .body("cards[0].summary", equalTo(
                        "Hypertension: home BP 138/84 (01 Sep 2026) above target 135/85 — review treatment"))
                .body("cards[0].detail", containsString("Home blood pressure average 138/84 on 01 Sep 2026"))
                .body("cards[0].indicator", equalTo("info"));
    }

    @Test
    void T_HTN_07_aged83ClinicBpWithinTheOlderTargetDoesNotFire() {
        call(onRegister("1943-01-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88))
                .body(TOPICS, empty());
    }

    @Test
    void aged70SameClinicBpIsAboveTarget() {
        call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 148, 88))
                .body(TOPICS, contains("R-HTN-04"))
                .body("cards[0].summary", containsString("clinic BP 148/88 (01 Sep 2026) above target 140/90"));
    }

    @Test
    void clinicBpAtTargetDoesNotFire() {
        call(onRegister("1956-06-01").bloodPressure("2026-09-01T09:00:00Z", 140, 90))
                .body(TOPICS, empty());
    }

    @Test
    void noBpInTwelveMonthsFiresAndGivesTheLastDate() {
        call(onRegister("1960-01-01").bloodPressure("2025-06-01T09:00:00Z", 130, 80))
                .body(TOPICS, contains("R-HTN-04"))
                .body("cards[0].summary", equalTo(
                        "Hypertension: no blood pressure recorded in 12 months — check BP and review"))
                .body("cards[0].detail", containsString("Last blood pressure 130/80 on 01 Jun 2025"));
    }

    @Test
    void bpDeclinedThisQofYearSuppressesIt() {
        call(onRegister("1960-01-01").bloodPressure("2025-06-01T09:00:00Z", 130, 80)
                .codedEvent(TestPatient.SNOMED, BP_DECLINED, "2026-04-15"))
                .body(TOPICS, empty());
    }

    @Test
    void onTheRegisterRaisedBpIsNotCaseFinding() {
        call(onRegister("1974-01-01").bloodPressure("2026-09-01T09:00:00Z", 152, 94))
                .body(TOPICS, contains("R-HTN-04"));
    }
}
