package org.everycontact.cohorts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.junit.jupiter.api.Test;

/**
 * Core20PLUS5 clinical areas (clinical-spec §4 adults, §5 children and young people) in the assessment
 * extension, each with its trigger from the record. As-of date 2026-11-26.
 */
@QuarkusTest
class ClinicalAreasTest {

    private static final String AREAS = "extension.'org.everycontact.assessment'.clinicalAreas";
    private static final String SNOMED = TestPatient.SNOMED;

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    private static TestPatient male(String birthDate) {
        TestPatient patient = TestPatient.born(birthDate);
        patient.patient().setGender(AdministrativeGender.MALE);
        return patient;
    }

    /** A man of 40: in no screening band, so only the area under test appears. */
    private static TestPatient man40() {
        return male("1986-01-01");
    }

    @Test
    void smiRegisterIsTheSmiArea() {
        call(man40().condition(SNOMED, "58214004", "2015-03-01"))
                .body(AREAS + ".id", contains("area:adult-smi"))
                .body(AREAS + "[0].evidence", contains("SMI register " + SNOMED + "|58214004 on 2015-03-01"));
    }

    @Test
    void smiInRemissionAfterTheDiagnosisIsNoArea() {
        call(man40().condition(SNOMED, "58214004", "2015-03-01").codedEvent(SNOMED, "4926007", "2020-01-01"))
                .body(AREAS, nullValue());
    }

    @Test
    void smiDiagnosisAfterRemissionIsTheArea() {
        call(man40().codedEvent(SNOMED, "4926007", "2018-01-01").condition(SNOMED, "13746004", "2022-01-01"))
                .body(AREAS + ".id", contains("area:adult-smi"));
    }

    @Test
    void copdRegisterIsChronicRespiratoryDisease() {
        call(man40().condition(SNOMED, "13645005", "2019-01-01"))
                .body(AREAS + ".id", contains("area:adult-chronic-respiratory"))
                .body(AREAS + "[0].evidence", contains("COPD register " + SNOMED + "|13645005 on 2019-01-01"));
    }

    @Test
    void syntheaChronicObstructiveBronchitisIsChronicRespiratoryDiseaseToo() {
        call(man40().condition(SNOMED, "185086009", "2019-01-01"))
                .body(AREAS + ".id", contains("area:adult-chronic-respiratory"));
    }

    @Test
    void resolvedCopdIsNoArea() {
        call(man40().condition(SNOMED, "13645005", "2019-01-01").codedEvent(SNOMED, "394703002", "2021-01-01"))
                .body(AREAS, nullValue());
    }

    @Test
    void adultAsthmaIsChronicRespiratoryDiseaseUnlessResolved() {
        call(man40().condition(SNOMED, "195967001", "2010-01-01"))
                .body(AREAS + ".id", contains("area:adult-chronic-respiratory"));
        call(man40().condition(SNOMED, "195967001", "2010-01-01").codedEvent(SNOMED, "162660004", "2012-01-01"))
                .body(AREAS, nullValue());
    }

    @Test
    void hypertensionAndCvdRegistersAreHypertensionAndLipids() {
        call(man40().condition(SNOMED, "59621000", "2020-01-01").condition(SNOMED, "230690007", "2021-01-01"))
                .body(AREAS + ".id", contains("area:adult-hypertension-lipids"))
                .body(AREAS + "[0].evidence", contains("hypertension register " + SNOMED + "|59621000 on 2020-01-01",
                        "stroke register " + SNOMED + "|230690007 on 2021-01-01"));
    }

    @Test
    void resolvedHypertensionIsNoArea() {
        call(man40().condition(SNOMED, "59621000", "2020-01-01").codedEvent(SNOMED, "162659009", "2023-01-01"))
                .body(AREAS, nullValue());
    }

    @Test
    void recentPregnancyIsMaternity() {
        call(man40().codedEvent(SNOMED, "77386006", "2026-06-01"))
                .body(AREAS + ".id", contains("area:adult-maternity"))
                .body(AREAS + "[0].evidence", contains("pregnancy recorded on 2026-06-01"));
    }

    @Test
    void pregnancyOlderThan37WeeksIsNoMaternityArea() {
        call(man40().codedEvent(SNOMED, "77386006", "2026-03-12")).body(AREAS, nullValue());
        call(man40().codedEvent(SNOMED, "77386006", "2026-03-13"))
                .body(AREAS + ".id", contains("area:adult-maternity"));
    }

    @Test
    void womanOf36IsInTheCervicalScreeningBand() {
        call(TestPatient.born("1990-04-01"))
                .body(AREAS + ".id", contains("area:adult-early-cancer-diagnosis"))
                .body(AREAS + "[0].evidence", contains("age 36: cervical screening ages 25 to 64"));
    }

    @Test
    void womanOf55IsInAllThreeScreeningBands() {
        call(TestPatient.born("1971-05-05"))
                .body(AREAS + "[0].evidence", contains("age 55: bowel screening ages 50 to 74",
                        "age 55: breast screening ages 50 to 70", "age 55: cervical screening ages 25 to 64"));
    }

    @Test
    void manOf40IsInNoScreeningBand() {
        call(man40()).body(AREAS, nullValue());
    }

    @Test
    void bowelScreeningBandBirthdays() {
        call(male("1976-11-27")).body(AREAS, nullValue());
        call(male("1976-11-26")).body(AREAS + "[0].evidence", contains("age 50: bowel screening ages 50 to 74"));
        call(male("1951-11-27")).body(AREAS + "[0].evidence", contains("age 74: bowel screening ages 50 to 74"));
        call(male("1951-11-26")).body(AREAS, nullValue());
    }

    @Test
    void childAsthmaIsTheCypAsthmaArea() {
        call(TestPatient.born("2017-06-01").condition(SNOMED, "195967001", "2022-01-01"))
                .body(AREAS + ".id", contains("area:cyp-asthma"))
                .body(AREAS + "[0].evidence", contains("age 9; asthma register " + SNOMED + "|195967001 on 2022-01-01"));
    }

    @Test
    void cypAreasEndOnThe18thBirthday() {
        call(male("2008-11-27").condition(SNOMED, "46635009", "2015-01-01"))
                .body(AREAS + ".id", contains("area:cyp-diabetes"));
        call(male("2008-11-26").condition(SNOMED, "46635009", "2015-01-01"))
                .body(AREAS, nullValue());
    }

    @Test
    void resolvedChildDiabetesIsNoArea() {
        call(male("2012-01-01").condition(SNOMED, "44054006", "2020-01-01").codedEvent(SNOMED, "315051004", "2022-01-01"))
                .body(AREAS + ".id", not(hasItem("area:cyp-diabetes")));
    }

    @Test
    void childEpilepsyIsTheCypEpilepsyArea() {
        call(male("2014-02-02").condition(SNOMED, "84757009", "2024-01-01"))
                .body(AREAS + ".id", contains("area:cyp-epilepsy"));
    }

    @Test
    void underTenInACore20NeighbourhoodIsTheOralHealthArea() {
        call(male("2016-11-27").homePostcode("M15 4AG"))
                .body(AREAS + ".id", contains("area:cyp-oral-health"))
                .body(AREAS + "[0].evidence", contains("age 9; prioritised (Core20 or PLUS)"));
        call(male("2016-11-26").homePostcode("M15 4AG")).body(AREAS, nullValue());
    }

    @Test
    void underTenInAPlusGroupIsTheOralHealthArea() {
        call(male("2019-01-01").condition(SNOMED, "35919005", "2022-01-01"))
                .body(AREAS + ".id", contains("area:cyp-oral-health"));
    }

    @Test
    void underTenWithNeitherCore20NorPlusIsNoArea() {
        call(male("2019-01-01")).body(AREAS, nullValue());
    }

    @Test
    void T_CYP_05_childWithAnxietyHasNoAutomaticMentalHealthArea() {
        call(male("2011-06-01").condition(SNOMED, "197480006", "2026-01-01"))
                .body(AREAS, nullValue());
    }
}
