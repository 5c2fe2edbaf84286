package org.everycontact.cohorts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Core20 and PLUS cohorts (clinical-spec §3.3 to §3.5) in the assessment extension of a hook
 * response: from recorded facts only, never in a card.
 */
@QuarkusTest
class CohortsTest {

    private static final String COHORTS = "extension.'org.everycontact.assessment'.cohorts";
    private static final String SNOMED = TestPatient.SNOMED;
    private static final String FACTS = "extension.'org.everycontact.assessment'.facts";
    private static final String EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    private static final String FROM_EXTENSION = " (Patient ethnic category extension)";
    private static final String CARER = "407542009";
    private static final String NOT_CARER = "199361000000101";
    /** SNOMED ethnicity findings and their ethnic category in the shipped map. */
    private static final String SOMALI = "92711000000100";
    private static final String CORNISH = "92571000000102";
    private static final String IRISH_TRAVELLER = "88911000000101";
    private static final String ARAB = "89001000000105";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    private static TestPatient adult() {
        return TestPatient.born("1990-04-01").bloodPressure("2025-06-01T10:00:00Z", 120, 80);
    }

    private static TestPatient ethnicity(TestPatient patient, String system, String code) {
        patient.patient().addExtension(EXTENSION, new CodeableConcept(new Coding(system, code, null)));
        return patient;
    }

    @Test
    void T_PLUS_01_ethnicity99WithNoGrtOrHomelessCodesHasNoCore20OrPlusAndNoNotInGroupStatement() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "99"))
                .body(COHORTS, nullValue())
                .body(not(containsString("not in")))
                .body(not(containsString("Core20")));
    }

    @Test
    void core20CohortForTheMostDeprivedDecileCarriesItsArea() {
        call(adult().homePostcode("M15 4AG"))
                .body(COHORTS + ".id", contains("core20"))
                .body(COHORTS + "[0].evidence", contains("IMD2025 decile 1 (LSOA E01006109)"))
                .body("cards.summary", not(hasItem(containsString("Core20"))));
    }

    @Test
    void recordedCodesPlaceThePatientInPlusGroups() {
        call(adult().condition(SNOMED, "110359009", "2001-01-01")
                .condition(SNOMED, "35919005", "2005-01-01")
                .codedEvent(SNOMED, "32911000", "2026-01-01")
                .codedEvent(SNOMED, "407542009", "2024-01-01")
                .codedEvent(SNOMED, "248171000000108", "2025-01-01"))
                .body(COHORTS + ".id", contains("plus:learning-disability", "plus:autism", "plus:homeless",
                        "plus:carer", "plus:care-home"))
                .body(COHORTS + "[0].evidence", contains("http://snomed.info/sct|110359009"))
                .body(COHORTS + "[4].evidence", contains("http://snomed.info/sct|248171000000108"));
    }

    @Test
    void resolvedHomelessnessIsNotAPlusGroupNow() {
        Condition resolved = new Condition();
        resolved.setId("cond-resolved");
        resolved.setSubject(new Reference("Patient/pat-1"));
        resolved.setCode(TestPatient.concept(SNOMED, "32911000"));
        resolved.setClinicalStatus(
                TestPatient.concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved"));
        resolved.setOnset(new DateTimeType("2019-01-01"));
        call(adult().add(resolved)).body(COHORTS, nullValue());
        call(adult().condition(SNOMED, "32911000", "2019-01-01")).body(COHORTS + ".id", contains("plus:homeless"));
    }

    @Test
    void refutedLearningDisabilityDoesNotCount() {
        Condition refuted = new Condition();
        refuted.setId("cond-refuted");
        refuted.setSubject(new Reference("Patient/pat-1"));
        refuted.setCode(TestPatient.concept(SNOMED, "110359009"));
        refuted.setVerificationStatus(
                TestPatient.concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted"));
        refuted.setOnset(new DateTimeType("2010-01-01"));
        call(adult().add(refuted)).body(COHORTS, nullValue());
    }

    @Test
    void retiredTravellerCodeIsGypsyRomaTravellerButNotAnEthnicGroup() {
        call(ethnicity(adult(), EthnicityReader.RETIRED, "CL"))
                .body(COHORTS + ".id", contains("plus:gypsy-roma-traveller"))
                .body(COHORTS + "[0].evidence", contains(EthnicityReader.RETIRED + "|CL" + FROM_EXTENSION));
    }

    @Test
    void snomedGypsyOrIrishTravellerEthnicityIsGypsyRomaTraveller() {
        call(adult().codedEvent(SNOMED, "976671000000104", "2020-01-01"))
                .body(COHORTS + ".id", contains("plus:gypsy-roma-traveller"));
    }

    @Test
    void recordedMinorityEthnicGroupIsEthnicMinority() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "N"))
                .body(COHORTS + ".id", contains("plus:ethnic-minority"))
                .body(COHORTS + "[0].evidence", contains(EthnicityReader.ENGLAND + "|N" + FROM_EXTENSION));
    }

    @Test
    void whiteOrNotStatedEthnicityIsNoCohort() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "A")).body(COHORTS, nullValue());
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "Z")).body(COHORTS, nullValue());
    }

    @Test
    void core20AndPlusTogether() {
        call(ethnicity(adult().homePostcode("M15 4AG"), EthnicityReader.ENGLAND, "H"))
                .body(COHORTS + ".id", containsInAnyOrder("core20", "plus:ethnic-minority"))
                .body(COHORTS + "[0].id", equalTo("core20"));
    }

    @Test
    void T_PC_02_noFixedAbodePseudoPostcodeIsAHousingPromptNotTheHomelessGroup() {
        call(adult().homePostcode("ZZ99 3VZ"))
                .body("extension.'org.everycontact.assessment'.deprivation.status", equalTo("pseudo"))
                .body(COHORTS, nullValue())
                .body(FACTS + ".id", contains("no-fixed-abode"))
                .body(FACTS + "[0].evidence", contains("pseudo-postcode ZZ99 3VZ"))
                .body("cards.summary", not(hasItem(containsStringIgnoringCase("homeless"))))
                .body("cards.detail", not(hasItem(containsStringIgnoringCase("homeless"))));
    }

    @Test
    void otherPseudoPostcodeIsNoFact() {
        call(adult().homePostcode("ZZ99 3WZ")).body(FACTS, nullValue());
    }

    @Test
    void carerCodeCancelledByALaterNotCarerCode() {
        call(adult().codedEvent(SNOMED, CARER, "2024-01-01").codedEvent(SNOMED, NOT_CARER, "2025-01-01"))
                .body(COHORTS, nullValue());
    }

    @Test
    void notCarerOnTheSameDayCancelsTheCarerCode() {
        call(adult().codedEvent(SNOMED, CARER, "2024-01-01").codedEvent(SNOMED, NOT_CARER, "2024-01-01"))
                .body(COHORTS, nullValue());
    }

    @Test
    void carerCodeAfterNotCarerStands() {
        call(adult().codedEvent(SNOMED, NOT_CARER, "2023-01-01").codedEvent(SNOMED, CARER, "2024-01-01"))
                .body(COHORTS + ".id", contains("plus:carer"))
                .body(COHORTS + "[0].evidence", contains(SNOMED + "|" + CARER));
    }

    @Test
    void ethnicityObservationIsReadWhenTheExtensionIsAbsent() {
        call(adult().codedEvent(SNOMED, SOMALI, "2020-01-01"))
                .body(COHORTS + ".id", contains("plus:ethnic-minority"))
                .body(COHORTS + "[0].evidence", contains(SNOMED + "|" + SOMALI + " (ethnicity Observation 2020-01-01)"));
    }

    @Test
    void ethnicityObservationIsReadWhenTheExtensionIsNotKnown99() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "99").codedEvent(SNOMED, SOMALI, "2020-01-01"))
                .body(COHORTS + ".id", contains("plus:ethnic-minority"));
    }

    @Test
    void T_ETH_01_notStatedZIsThePatientsAnswerAndNoObservationOverridesIt() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "Z").codedEvent(SNOMED, SOMALI, "2020-01-01"))
                .body(COHORTS, nullValue());
    }

    @Test
    void recognisedExtensionWinsOverAnObservation() {
        call(ethnicity(adult(), EthnicityReader.ENGLAND, "A").codedEvent(SNOMED, SOMALI, "2020-01-01"))
                .body(COHORTS, nullValue());
    }

    @Test
    void latestEthnicityObservationWins() {
        call(adult().codedEvent(SNOMED, SOMALI, "2015-01-01").codedEvent(SNOMED, CORNISH, "2022-01-01"))
                .body(COHORTS, nullValue());
        call(adult().codedEvent(SNOMED, CORNISH, "2015-01-01").codedEvent(SNOMED, SOMALI, "2022-01-01"))
                .body(COHORTS + ".id", contains("plus:ethnic-minority"));
    }

    @Test
    void enteredInErrorEthnicityObservationIsIgnored() {
        Observation wrong = new Observation();
        wrong.setId("obs-wrong");
        wrong.setSubject(new Reference("Patient/pat-1"));
        wrong.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        wrong.setCode(TestPatient.concept(SNOMED, SOMALI));
        wrong.setEffective(new DateTimeType("2020-01-01"));
        call(adult().add(wrong)).body(COHORTS, nullValue());
    }

    @Test
    void travellerEthnicityObservationIsGypsyRomaTravellerButNotAnEthnicGroup() {
        call(adult().codedEvent(SNOMED, IRISH_TRAVELLER, "2019-05-05"))
                .body(COHORTS + ".id", contains("plus:gypsy-roma-traveller"))
                .body(COHORTS + "[0].evidence",
                        contains(SNOMED + "|" + IRISH_TRAVELLER + " (ethnicity Observation 2019-05-05)"));
    }

    @Test
    void arabEthnicityObservationIsOtherAndSoAnEthnicMinority() {
        call(adult().codedEvent(SNOMED, ARAB, "2021-03-03"))
                .body(COHORTS + ".id", contains("plus:ethnic-minority"));
    }
}
