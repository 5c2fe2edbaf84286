package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.everycontact.support.FhirTestServer.Behaviour.ERROR_500;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hamcrest.Matcher;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The vaccination rules R-VAC-FLU-01, R-VAC-COV-01, R-VAC-PNEU-01, R-VAC-SHG-01, R-VAC-RSV-01 and the
 * respiratory bundle R-RESP-01 (clinical-spec §6.5, §6.8), through the service as an EHR calls it.
 * As-of date 2026-11-26 (the test profile's): the flu 2026/27 campaign is open (children and pregnant
 * from 1 Sep, adults from 1 Oct 2026) and no COVID-19 campaign is configured. Other as-of dates are
 * tested on the rules directly in {@link VaccinationRulesOnOtherDatesTest}.
 */
@QuarkusTest
class VaccinationRulesTest {

    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'";
    /** Whether a rule fires is read from the assessment's findings, which no card cap can hide. */
    private static final String FINDINGS = Topics.findings("R-VAC", "R-RESP");
    private static final String FLU = Topics.findings("R-VAC-FLU");
    private static final String PNEUMO = Topics.findings("R-VAC-PNEU");
    private static final String SHINGLES = Topics.findings("R-VAC-SHG");
    private static final String RSV = Topics.findings("R-VAC-RSV");
    /**
     * No finding of the family: the assessment omits an empty findings list, so the path reads null
     * then; {@link #call} checks the assessment itself is there, so null is not a wrong path.
     */
    private static final Matcher<?> NONE = anyOf(nullValue(), equalTo(List.of()));
    /** Card topics: only where a test is about the cards themselves (one merged card, T-VAC-02). */
    private static final String CARDS = Topics.cards("R-VAC", "R-RESP");
    private static final String CVX = "http://hl7.org/fhir/sid/cvx";
    private static final String COPD = "13645005";
    private static final String ASTHMA = "195967001";
    private static final String IMMUNOSUPPRESSION = "38013005";
    private static final String FLU_GIVEN_BY_PHARMACIST = "955691000000108";
    private static final String SEASONAL_FLU_DECLINED = "822931000000100";
    private static final String PNEUMOCOCCAL_DECLINED = "401086001";
    private static final String IMMUNISATION_CONTRAINDICATED = "266758009";
    private static final String PALLIATIVE_CARE = "103735009";
    /** SNOMED CT Chronic hepatitis C: in the 2027.01.0 test release of chronic-liver-disease only (T-CODE-01). */
    private static final String CHRONIC_HEPATITIS_C = "128302006";
    private static final String CARER = "407542009";
    private static final String NOT_CARER = "199361000000101";
    private static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(ASSESSMENT + ".excludedResources", notNullValue())
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)));
    }

    /** Aged 67 on 2026-11-26; 65th birthday 2024-06-01. */
    private static TestPatient age67() {
        return TestPatient.born("1959-06-01");
    }

    private static TestPatient age40() {
        return TestPatient.born("1986-01-01");
    }

    private static Immunization immunization(String status, String date) {
        Immunization i = new Immunization();
        i.setId("imm-" + status + "-" + date);
        i.setPatient(new Reference("Patient/pat-1"));
        i.setStatus(Immunization.ImmunizationStatus.fromCode(status));
        i.setOccurrence(new DateTimeType(date));
        return i;
    }

    // R-VAC-FLU-01

    @Test
    void T_CODE_01_riskGroupConceptOnlyInTheNewerReleaseGetsNoFluCardOnTheShippedLists() {
        call(TestPatient.born("1980-05-01").condition(TestPatient.SNOMED, CHRONIC_HEPATITIS_C, "2019-03-01"))
                .body(FLU, NONE);
    }

    @Test
    void T_CODE_01_cardAndAssessmentShowTheShippedRelease() {
        call(age67())
                .body(Topics.card("R-VAC-FLU-01") + ".detail", endsWith("\n- Code lists: release 2026.11.0."))
                .body("extension.'org.everycontact.assessment'.codeLists.release", equalTo("2026.11.0"))
                .body("extension.'org.everycontact.assessment'.codeLists.others", nullValue());
    }

    @Test
    void T_VAC_01_age67WithoutFluThisSeasonFires() {
        call(age67())
                .body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.summary",
                        equalTo("Eligible for 2026/27 flu vaccine — not yet recorded this season"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail",
                        containsString("Flu: none recorded since 01 Sep 2026 (2026/27 season)"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail",
                        containsString("aged 65 or over by 31 Mar 2027"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.indicator", equalTo("info"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.source.url",
                        startsWith("https://www.gov.uk/government/publications/national-flu-immunisation-programme"));
    }

    @Test
    void T_VAC_03_fluGivenByPharmacistThisSeasonMeansNoFluCard() {
        call(age67().procedure(TestPatient.SNOMED, FLU_GIVEN_BY_PHARMACIST, "2026-10-12"))
                .body(FLU, NONE);
    }

    @Test
    void T_VAC_04_syntheaCvx140ThisSeasonMeansNoFluCard() {
        call(age67().immunization(CVX, "140", "2026-10-12"))
                .body(FLU, NONE);
    }

    @Test
    void T_VAC_05_fluDeclinedObservationThisSeasonMeansNoFluCard() {
        call(age67().codedEvent(TestPatient.SNOMED, SEASONAL_FLU_DECLINED, "2026-10-05"))
                .body(FLU, NONE);
    }

    @Test
    void T_VAC_06_fluDeclinedLastSeasonStillFires() {
        call(age67().codedEvent(TestPatient.SNOMED, SEASONAL_FLU_DECLINED, "2025-10-05"))
                .body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void fluVaccineLastSeasonDoesNotCount() {
        call(age67().immunization(CVX, "140", "2025-10-12"))
                .body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail",
                        containsString("last recorded 12 Oct 2025"));
    }

    @Test
    void fluVaccineOnTheDayTheSeasonOpenedCounts() {
        call(age67().immunization(CVX, "141", "2026-09-01")).body(FLU, NONE);
    }

    @Test
    void fluVaccineTheDayBeforeTheSeasonOpenedDoesNotCount() {
        call(age67().immunization(CVX, "140", "2026-08-31")).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void fluDeclinedOnTheDayTheSeasonOpenedSuppresses() {
        call(age67().codedEvent(TestPatient.SNOMED, SEASONAL_FLU_DECLINED, "2026-09-01")).body(FLU, NONE);
    }

    @Test
    void fluDeclinedTheDayBeforeTheSeasonOpenedDoesNotSuppress() {
        call(age67().codedEvent(TestPatient.SNOMED, SEASONAL_FLU_DECLINED, "2026-08-31"))
                .body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void snomedVaccinationProcedureExtensionOnAnImmunizationCounts() {
        Immunization i = immunization("completed", "2026-10-20");
        i.setVaccineCode(new CodeableConcept(new Coding("https://dmd.nhs.uk", "00000000", null)));
        i.addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-VaccinationProcedure",
                TestPatient.concept(TestPatient.SNOMED, "822851000000102"));
        call(age67().add(i)).body(FLU, NONE);
    }

    @Test
    void snomedAndCvxRecordsOfTheSameFluVaccinationGiveTheSameAnswer() {
        call(age67().immunization(TestPatient.SNOMED, "86198006", "2026-10-12")).body(FLU, NONE);
        call(age67().immunization(CVX, "140", "2026-10-12")).body(FLU, NONE);
        call(age67().immunization(TestPatient.SNOMED, "86198006", "2025-10-12")).body(FLU, contains("R-VAC-FLU-01"));
        call(age67().immunization(CVX, "140", "2025-10-12")).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void immunizationNotDoneWithDeclinedReasonThisSeasonSuppresses() {
        Immunization i = immunization("not-done", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, SEASONAL_FLU_DECLINED));
        call(age67().add(i)).body(FLU, NONE);
    }

    @Test
    void immunizationNotDoneWithDeclinedReasonLastSeasonDoesNotSuppress() {
        Immunization i = immunization("not-done", "2025-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, SEASONAL_FLU_DECLINED));
        call(age67().add(i)).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void immunizationNotDoneIsNotAVaccination() {
        Immunization i = immunization("not-done", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(TestPatient.SNOMED, "1324681000000101"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, "1156270003"));
        call(age67().add(i)).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void immunizationEnteredInErrorIsNotAVaccination() {
        Immunization i = immunization("entered-in-error", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        call(age67().add(i)).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void immunizationNotDoneBecauseOutOfStockDoesNotSuppress() {
        Immunization i = immunization("not-done", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        i.setStatusReason(TestPatient.concept(ACT_REASON, "OSTOCK"));
        call(age67().add(i)).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void immunizationNotDoneWithoutReasonNeitherSuppressesNorCountsAsGiven() {
        Immunization i = immunization("not-done", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        call(age67().add(i)).body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail",
                        not(containsString("last recorded")));
    }

    @Test
    void immunizationNotDoneWithAnyImmunisationContraindicatedReasonSuppresses() {
        Immunization i = immunization("not-done", "2026-10-03");
        i.setVaccineCode(TestPatient.concept(CVX, "140"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, IMMUNISATION_CONTRAINDICATED));
        call(age67().add(i)).body(FLU, NONE);
    }

    @Test
    void anyImmunisationContraindicatedSuppressesEveryVaccine() {
        call(age67().condition(TestPatient.SNOMED, IMMUNISATION_CONTRAINDICATED, "2026-10-01")).body(FINDINGS, NONE);
    }

    @Test
    void sixtyFifthBirthdayOnTheAgeAnchorDateIsEligible() {
        call(TestPatient.born("1962-03-31")).body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void sixtyFifthBirthdayTheDayAfterTheAgeAnchorDateIsNotEligible() {
        call(TestPatient.born("1962-04-01")).body(FLU, NONE);
    }

    @Test
    void healthyAdultUnder65GetsNoFluCard() {
        call(age40()).body(FINDINGS, NONE);
    }

    @Test
    void carerFires() {
        call(age40().codedEvent(TestPatient.SNOMED, CARER, "2024-01-01"))
                .body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail", containsString("eligible as a carer"));
    }

    @Test
    void carerCodeCancelledByALaterNotCarerCodeIsNotEligible() {
        call(age40().codedEvent(TestPatient.SNOMED, CARER, "2024-01-01")
                .codedEvent(TestPatient.SNOMED, NOT_CARER, "2025-01-01"))
                .body(FLU, NONE);
    }

    @Test
    void notCarerOnTheSameDayCancelsTheCarerCode() {
        call(age40().codedEvent(TestPatient.SNOMED, CARER, "2024-01-01")
                .codedEvent(TestPatient.SNOMED, NOT_CARER, "2024-01-01"))
                .body(FLU, NONE);
    }

    @Test
    void carerCodeAfterANotCarerCodeStands() {
        call(age40().codedEvent(TestPatient.SNOMED, NOT_CARER, "2023-01-01")
                .codedEvent(TestPatient.SNOMED, CARER, "2024-01-01"))
                .body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void pregnantWomanFires() {
        call(TestPatient.born("1996-02-02").condition(TestPatient.SNOMED, "77386006", "2026-07-01"))
                .body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail", containsString("eligible as pregnant"));
    }

    @Test
    void pregnancyEndedByADeliveryIsNoLongerEligibleAsPregnant() {
        call(TestPatient.born("1996-02-02").condition(TestPatient.SNOMED, "77386006", "2026-03-01")
                .procedure(TestPatient.SNOMED, "177184002", "2026-10-01"))
                .body(FLU, NONE);
    }

    @Test
    void childAgedThreeOnThe31stOfAugustFires() {
        call(TestPatient.born("2023-01-15")).body(FLU, contains("R-VAC-FLU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-FLU-01' }.detail",
                        containsString("aged 3 on 31 Aug 2026"));
    }

    @Test
    void schoolAgeChildWithoutRiskGroupGetsNoCard() {
        call(TestPatient.born("2020-01-15")).body(FINDINGS, NONE);
    }

    @Test
    void atRiskChildFires() {
        call(TestPatient.born("2016-05-05").condition(TestPatient.SNOMED, "46635009", "2022-01-01"))
                .body(FLU, contains("R-VAC-FLU-01"));
    }

    @Test
    void severeObesityIsARiskGroupButBmi39IsNot() {
        call(age40().observation(TestPatient.LOINC, "39156-5", "2026-02-01", 41.2, "kg/m2"))
                .body(FLU, contains("R-VAC-FLU-01"));
        call(age40().observation(TestPatient.SNOMED, "60621009", "2026-02-01", 39.0, "kg/m2"))
                .body(FLU, NONE);
    }

    @Test
    void chronicKidneyDiseaseStage3IsAFluButNotAPneumococcalRiskGroup() {
        call(age40().condition(TestPatient.SNOMED, "433144002", "2020-01-01"))
                .body(FINDINGS, contains("R-VAC-FLU-01"));
    }

    @Test
    void chronicKidneyDiseaseStage4GivesSeparateFluAndPneumococcalCards() {
        call(age40().condition(TestPatient.SNOMED, "431857002", "2020-01-01"))
                .body(FINDINGS, containsInAnyOrder("R-VAC-FLU-01", "R-VAC-PNEU-01"));
    }

    /** GX limits the palliative care exclusion to R-HTN-03, R-NHC-01, R-LIP-03, R-SCR-* and MECC (clinical-spec §6). */
    @Test
    void palliativeCarePatientAged70IsStillOfferedVaccines() {
        call(TestPatient.born("1956-06-01").condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-06-01"))
                .body(FLU, contains("R-VAC-FLU-01"))
                .body(FINDINGS, containsInAnyOrder("R-VAC-FLU-01", "R-VAC-PNEU-01", "R-VAC-SHG-01"));
    }

    @Test
    void palliativeCarePatientWithCopdGetsTheRespiratoryBundle() {
        call(age40().condition(TestPatient.SNOMED, COPD, "2019-03-01")
                .condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-06-01"))
                .body(FINDINGS, contains("R-RESP-01"));
    }

    @Test
    void deceasedPatientGetsNoVaccineCards() {
        call(TestPatient.born("1940-01-01").deceased()).body(FINDINGS, NONE);
    }

    // R-RESP-01

    @Test
    void T_VAC_02_copdPatientGetsOneMergedRespiratoryCard() {
        call(age40().condition(TestPatient.SNOMED, COPD, "2019-03-01"))
                .body(CARDS, contains("R-RESP-01"))
                .body(FINDINGS, contains("R-RESP-01"))
                .body("cards.find { it.source.topic.code == 'R-RESP-01' }.summary",
                        equalTo("COPD: flu and pneumococcal vaccines due — offer today or signpost to pharmacy"))
                .body("cards.find { it.source.topic.code == 'R-RESP-01' }.detail",
                        containsString("Flu: none recorded since 01 Sep 2026 (2026/27 season); eligible as COPD."))
                .body("cards.find { it.source.topic.code == 'R-RESP-01' }.detail",
                        containsString("Pneumococcal: none recorded; eligible as COPD."));
    }

    @Test
    void syntheaCopdWithFluGivenNamesOnlyPneumococcal() {
        call(age40().condition(TestPatient.SNOMED, "185086009", "2019-03-01").immunization(CVX, "140", "2026-10-02"))
                .body(FINDINGS, contains("R-RESP-01"))
                .body("cards.find { it.source.topic.code == 'R-RESP-01' }.summary",
                        equalTo("COPD: pneumococcal vaccine due — offer today or signpost to pharmacy"));
    }

    @Test
    void copdWithEveryVaccineDoneGetsNoCard() {
        call(age40().condition(TestPatient.SNOMED, COPD, "2019-03-01").immunization(CVX, "140", "2026-10-02")
                .immunization(CVX, "33", "2021-05-05"))
                .body(FINDINGS, NONE);
    }

    @Test
    void resolvedCopdIsNotTheBundle() {
        call(age67().condition(TestPatient.SNOMED, COPD, "2015-01-01")
                .codedEvent(TestPatient.SNOMED, "394703002", "2020-01-01"))
                .body(FINDINGS, hasItems("R-VAC-FLU-01", "R-VAC-PNEU-01"))
                .body(FINDINGS, not(hasItem("R-RESP-01")));
    }

    @Test
    void asthmaOnAnInhaledSteroidGetsTheBundleForFluOnly() {
        call(age40().condition(TestPatient.SNOMED, ASTHMA, "2010-01-01")
                .medicationRequest(RXNORM, "895994", "2026-06-01"))
                .body(FINDINGS, contains("R-RESP-01"))
                .body("cards.find { it.source.topic.code == 'R-RESP-01' }.summary",
                        equalTo("Asthma: flu vaccine due — offer today or signpost to pharmacy"));
    }

    @Test
    void asthmaWithoutSteroidsIsNotARiskGroup() {
        call(age40().condition(TestPatient.SNOMED, ASTHMA, "2010-01-01")).body(FINDINGS, NONE);
    }

    @Test
    void asthmaSteroidIssuedMoreThanTwelveMonthsAgoDoesNotCount() {
        call(age40().condition(TestPatient.SNOMED, ASTHMA, "2010-01-01")
                .medicationRequest(RXNORM, "895994", "2025-11-26"))
                .body(FINDINGS, NONE);
    }

    @Test
    void asthmaWithAnEmergencyAdmissionIsAFluRiskGroupOutsideTheBundle() {
        call(age40().condition(TestPatient.SNOMED, ASTHMA, "2010-01-01")
                .procedure(TestPatient.SNOMED, "183478001", "2024-02-02"))
                .body(FINDINGS, contains("R-VAC-FLU-01"));
    }

    @Test
    void olderCopdPatientGetsTheBundleAndTheOtherVaccinesSeparately() {
        call(age67().condition(TestPatient.SNOMED, COPD, "2019-03-01"))
                .body(FINDINGS, containsInAnyOrder("R-RESP-01", "R-VAC-SHG-01"));
    }

    // R-VAC-COV-01

    @Test
    void T_VAC_13_noAutumn2026CovidCampaignMeansNoCovidCard() {
        call(TestPatient.born("1940-01-01").condition(TestPatient.SNOMED, IMMUNOSUPPRESSION, "2020-01-01"))
                .body(Topics.findings("R-VAC-COV"), NONE);
    }

    // R-VAC-PNEU-01

    @Test
    void T_VAC_12_ppsv23AtAge66MeansNoPneumococcalCard() {
        call(TestPatient.born("1956-01-01").immunization(CVX, "33", "2022-06-01")).body(PNEUMO, NONE);
    }

    @Test
    void age65WithoutPneumococcalVaccineFires() {
        call(age67().bloodPressure("2026-10-01T09:00:00Z", 125, 78)).body(PNEUMO, contains("R-VAC-PNEU-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-PNEU-01' }.summary",
                        equalTo("Eligible for pneumococcal vaccine — none recorded; offer a single dose"))
                .body("cards.find { it.source.topic.code == 'R-VAC-PNEU-01' }.detail",
                        containsString("none recorded since 01 Jun 2024"));
    }

    @Test
    void pcv13BeforeThe65thBirthdayDoesNotSatisfyTheRoutineOffer() {
        call(TestPatient.born("1956-01-01").immunization(CVX, "133", "2020-12-31")).body(PNEUMO, contains("R-VAC-PNEU-01"));
    }

    @Test
    void pneumococcalOnThe65thBirthdayCounts() {
        call(TestPatient.born("1956-01-01").immunization(TestPatient.SNOMED, "12866006", "2021-01-01")).body(PNEUMO, NONE);
    }

    @Test
    void pneumococcalDeclinedWithinTwelveMonthsSuppressesThenReoffers() {
        call(age67().codedEvent(TestPatient.SNOMED, PNEUMOCOCCAL_DECLINED, "2025-11-27")).body(PNEUMO, NONE);
        call(age67().codedEvent(TestPatient.SNOMED, PNEUMOCOCCAL_DECLINED, "2025-11-26")).body(PNEUMO, contains("R-VAC-PNEU-01"));
    }

    // R-VAC-SHG-01

    @Test
    void T_VAC_09_turned65In2025WithoutShingrixFires() {
        JsonPath response = call(TestPatient.born("1960-05-01")).body(SHINGLES, contains("R-VAC-SHG-01"))
                .extract().jsonPath();
        assertThat(Topics.summaries(response),
                hasItem("Eligible for shingles vaccine (Shingrix) — none recorded; offer first dose"));
    }

    @Test
    void T_VAC_10_turned65BeforeSeptember2023DoesNotFire() {
        call(TestPatient.born("1958-05-01")).body(SHINGLES, NONE);
    }

    @Test
    void T_VAC_11_immunosuppressedAdultAged30Fires() {
        call(TestPatient.born("1996-03-03").condition(TestPatient.SNOMED, IMMUNOSUPPRESSION, "2025-01-10"))
                .body(SHINGLES, contains("R-VAC-SHG-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-SHG-01' }.detail",
                        containsString("eligible as immunosuppression recorded, aged 18 or over"))
                .body("cards.find { it.source.topic.code == 'R-VAC-SHG-01' }.detail", not(containsString("severe")));
    }

    @Test
    void sixtyFifthBirthdayOnTheProgrammeStartIsEligibleAndTheDayBeforeIsNot() {
        call(TestPatient.born("1958-09-01")).body(SHINGLES, contains("R-VAC-SHG-01"));
        call(TestPatient.born("1958-08-31")).body(SHINGLES, NONE);
    }

    @Test
    void eightiethBirthdayEndsImmunocompetentEligibility() {
        call(TestPatient.born("1946-11-27")).body(SHINGLES, contains("R-VAC-SHG-01"));
        call(TestPatient.born("1946-11-26")).body(SHINGLES, NONE);
    }

    @Test
    void zostavaxProtectsTheImmunocompetent() {
        call(TestPatient.born("1954-02-02").immunization(CVX, "121", "2016-03-03")).body(SHINGLES, NONE);
    }

    @Test
    void zostavaxDoesNotCountWhenImmunosuppressed() {
        call(TestPatient.born("1954-02-02").immunization(CVX, "121", "2016-03-03")
                .condition(TestPatient.SNOMED, IMMUNOSUPPRESSION, "2024-01-01"))
                .body(SHINGLES, contains("R-VAC-SHG-01"));
    }

    @Test
    void oneDoseSixMonthsAgoMeansSecondDoseDue() {
        JsonPath response = call(TestPatient.born("1954-02-02").immunization(CVX, "187", "2026-05-26"))
                .body(SHINGLES, contains("R-VAC-SHG-01"))
                .extract().jsonPath();
        assertThat(Topics.summaries(response),
                hasItem("Shingles vaccine (Shingrix): second dose due since 26 Nov 2026 — offer second dose"));
    }

    @Test
    void oneDoseLessThanSixMonthsAgoIsNotYetDue() {
        call(TestPatient.born("1954-02-02").immunization(CVX, "187", "2026-05-27")).body(SHINGLES, NONE);
    }

    @Test
    void immunosuppressedSecondDoseIsDueAfterEightWeeks() {
        call(TestPatient.born("1996-03-03").condition(TestPatient.SNOMED, IMMUNOSUPPRESSION, "2025-01-10")
                .immunization(TestPatient.SNOMED, "1326101000000105", "2026-10-01"))
                .body(SHINGLES, contains("R-VAC-SHG-01"));
    }

    @Test
    void twoDosesCompleteTheCourse() {
        call(TestPatient.born("1954-02-02").immunization(CVX, "187", "2025-01-10")
                .procedure(TestPatient.SNOMED, "1326111000000107", "2025-08-10"))
                .body(SHINGLES, NONE);
    }

    @Test
    void shinglesDeclinedByNotDoneImmunizationSuppresses() {
        Immunization i = immunization("not-done", "2026-06-01");
        i.setVaccineCode(TestPatient.concept(CVX, "187"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, "9691000175102"));
        call(TestPatient.born("1954-02-02").add(i)).body(SHINGLES, NONE);
    }

    @Test
    void shinglesNotDoneBecauseOutOfStockDoesNotSuppress() {
        Immunization i = immunization("not-done", "2026-06-01");
        i.setVaccineCode(TestPatient.concept(CVX, "187"));
        i.setStatusReason(TestPatient.concept(ACT_REASON, "OSTOCK"));
        call(TestPatient.born("1954-02-02").add(i)).body(SHINGLES, contains("R-VAC-SHG-01"));
    }

    // R-VAC-RSV-01

    @Test
    void T_VAC_08_age82WithoutRsvFires() {
        call(TestPatient.born("1944-05-05")).body(RSV, contains("R-VAC-RSV-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-RSV-01' }.summary",
                        equalTo("Aged 82: eligible for RSV vaccine since 01 Apr 2026 — not recorded"));
    }

    @Test
    void seventyFifthBirthdayTodayIsEligibleAndTomorrowIsNot() {
        call(TestPatient.born("1951-11-26")).body(RSV, contains("R-VAC-RSV-01"))
                .body("cards.find { it.source.topic.code == 'R-VAC-RSV-01' }.summary",
                        equalTo("Aged 75: eligible for RSV vaccine — not recorded"));
        call(TestPatient.born("1951-11-27")).body(RSV, NONE);
    }

    @Test
    void careHomeResidentOfAnyAgeIsEligible() {
        JsonPath response = call(TestPatient.born("1960-01-01")
                        .condition(TestPatient.SNOMED, "248171000000108", "2025-01-01"))
                .body(RSV, contains("R-VAC-RSV-01"))
                .extract().jsonPath();
        assertThat(Topics.summaries(response), hasItem("Eligible for RSV vaccine since 01 Apr 2026 — not recorded"));
    }

    @Test
    void rsvGivenMeansNoCard() {
        call(TestPatient.born("1944-05-05").procedure(TestPatient.SNOMED, "1303503001", "2025-09-09")).body(RSV, NONE);
    }

    /** RSV declined codes are unverified and not loaded, so only "any immunisation contraindicated" suppresses. */
    @Test
    void rsvNotDoneWithAReasonOutsideTheLoadedListsDoesNotSuppress() {
        Immunization i = immunization("not-done", "2026-02-01");
        i.setVaccineCode(TestPatient.concept(TestPatient.SNOMED, "1303503001"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, "591000119102"));
        call(TestPatient.born("1944-05-05").add(i)).body(RSV, contains("R-VAC-RSV-01"));
    }

    @Test
    void rsvNotDoneBecauseContraindicatedSuppressesForTwelveMonths() {
        Immunization i = immunization("not-done", "2026-02-01");
        i.setVaccineCode(TestPatient.concept(TestPatient.SNOMED, "1303503001"));
        i.setStatusReason(TestPatient.concept(TestPatient.SNOMED, IMMUNISATION_CONTRAINDICATED));
        call(TestPatient.born("1944-05-05").add(i)).body(RSV, NONE);
    }

    // T-DQ-01: a missing Immunization bundle withholds every vaccine rule

    @Test
    void T_DQ_01_missingImmunizationBundleWithholdsVaccineCards() throws Exception {
        TestPatient patient = age67();
        try (FhirTestServer server = new FhirTestServer()) {
            server.serve(patient).behave("Immunization", ERROR_500);
            given().contentType("application/json")
                    .body(CdsRequest.patientView(patient).withoutPrefetch("immunizations").fhirServer(server.baseUrl())
                            .toString())
                    .post("/cds-services/everycontact")
                    .then().statusCode(200)
                    .body(FINDINGS, NONE)
                    .body(Topics.cards("DQ-"), contains("DQ-INCOMPLETE-RECORD"))
                    .body("extension.'org.everycontact.assessment'.withheld.rule",
                            hasItems("R-RESP-01", "R-VAC-FLU-01", "R-VAC-COV-01", "R-VAC-PNEU-01", "R-VAC-SHG-01",
                                    "R-VAC-RSV-01"))
                    .body("extension.'org.everycontact.assessment'.completeness.Immunization.status",
                            equalTo("unavailable"));
        }
    }

    @Test
    void failedImmunizationPrefetchWithholdsVaccineCards() {
        given().contentType("application/json")
                .body(CdsRequest.patientView(age67())
                        .prefetchValue("immunizations", TestPatient.json(new OperationOutcome()
                                .addIssue(new OperationOutcome.OperationOutcomeIssueComponent()
                                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                                        .setCode(OperationOutcome.IssueType.TIMEOUT))))
                        .toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(FINDINGS, NONE)
                .body(Topics.cards("DQ-"), contains("DQ-INCOMPLETE-RECORD"));
    }
}
