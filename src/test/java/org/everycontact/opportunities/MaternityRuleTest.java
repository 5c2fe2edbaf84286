package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

/**
 * R-MAT-01 Maternity continuity of carer (clinical-spec §6.8, T-MAT-01, §9.4), through the service as
 * an EHR calls it. As-of date 2026-11-26; "pregnant" looks back 259 days, to after 2026-03-12.
 */
@QuarkusTest
class MaternityRuleTest {

    private static final String CARDS = Topics.cards("R-MAT");
    private static final String FINDINGS = Topics.findings("R-MAT");
    private static final String PREGNANT = "77386006";
    private static final String NORMAL_DELIVERY = "177184002";
    private static final String MISCARRIAGE = "17369002";
    private static final String TERMINATION = "57797005";
    static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    static final String ENGLAND = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    static TestPatient ethnicity(TestPatient patient, String code) {
        patient.patient().addExtension(ETHNIC_CATEGORY, new CodeableConcept(new Coding(ENGLAND, code, null)));
        return patient;
    }

    private static TestPatient pregnant(String since) {
        return TestPatient.born("1994-04-01").condition(TestPatient.SNOMED, PREGNANT, since);
    }

    private static ValidatableResponse call(TestPatient patient) {
        return ScreeningRulesTest.call(patient);
    }

    @Test
    void T_MAT_01_pregnantWithEthnicityMFires() {
        call(ethnicity(pregnant("2026-09-01"), "M"))
                .body(CARDS, contains("R-MAT-01"))
                .body("cards.find { it.source.topic.code == 'R-MAT-01' }.summary", equalTo(
                        "Check midwife booking; this patient is in a group prioritised for midwifery continuity of "
                                + "carer (local LMNS offer)"))
                .body("cards.find { it.source.topic.code == 'R-MAT-01' }.indicator", equalTo("info"))
                .body("cards.find { it.source.topic.code == 'R-MAT-01' }.detail",
                        containsString("Pregnancy recorded 01 Sep 2026; no delivery recorded since"))
                .body("cards.find { it.source.topic.code == 'R-MAT-01' }.detail",
                        containsString("the recorded ethnic group is one the programme prioritises"));
    }

    @Test
    void summaryNeverNamesEthnicityOrDeprivation() {
        for (String word : new String[] {"Black", "Caribbean", "Asian", "mixed", "deprived", "Core20", "IMD"}) {
            call(ethnicity(pregnant("2026-09-01").homePostcode("M15 4AG"), "M"))
                    .body(CARDS, contains("R-MAT-01"))
                    .body("cards.find { it.source.topic.code == 'R-MAT-01' }.summary", not(containsString(word)));
        }
    }

    @Test
    void mostDeprivedDecileFiresWhateverTheEthnicity() {
        call(ethnicity(pregnant("2026-09-01").homePostcode("M15 4AG"), "A"))
                .body(CARDS, contains("R-MAT-01"))
                .body("cards.find { it.source.topic.code == 'R-MAT-01' }.detail",
                        containsString("in England's most deprived 10%"));
    }

    @Test
    void decileTwoIsNotInTheConfiguredMaternityDeciles() {
        call(ethnicity(pregnant("2026-09-01").homePostcode("M15 4AD"), "A")).body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void whiteOrUnrecordedEthnicityWithoutDeprivationDoesNotFire() {
        call(ethnicity(pregnant("2026-09-01"), "A")).body(FINDINGS, ScreeningRulesTest.NONE);
        call(ethnicity(pregnant("2026-09-01"), "Z")).body(FINDINGS, ScreeningRulesTest.NONE);
        call(pregnant("2026-09-01")).body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void asianAndMixedGroupsFire() {
        call(ethnicity(pregnant("2026-09-01"), "H")).body(CARDS, contains("R-MAT-01"));
        call(ethnicity(pregnant("2026-09-01"), "F")).body(CARDS, contains("R-MAT-01"));
    }

    @Test
    void deliveryAfterThePregnancyCodeEndsIt() {
        call(ethnicity(pregnant("2026-03-20").procedure(TestPatient.SNOMED, NORMAL_DELIVERY, "2026-10-30"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void miscarriageOrTerminationAfterThePregnancyCodeEndsIt() {
        call(ethnicity(pregnant("2026-09-01"), "N")).body(CARDS, contains("R-MAT-01"));
        call(ethnicity(pregnant("2026-09-01").condition(TestPatient.SNOMED, MISCARRIAGE, "2026-10-15"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
        call(ethnicity(pregnant("2026-09-01").procedure(TestPatient.SNOMED, TERMINATION, "2026-10-15"), "N"))
                .body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void pregnancyLookBackIsEightAndAHalfMonths() {
        call(ethnicity(pregnant("2026-03-13"), "N")).body(CARDS, contains("R-MAT-01"));
        call(ethnicity(pregnant("2026-03-12"), "N")).body(FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void notPregnantDoesNotFire() {
        call(ethnicity(TestPatient.born("1994-04-01").homePostcode("M15 4AG"), "N")).body(FINDINGS, ScreeningRulesTest.NONE);
    }
}
