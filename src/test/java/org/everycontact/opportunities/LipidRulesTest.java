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
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-LIP-01, R-LIP-02, R-LIP-03 (clinical-spec §6.2) and DQ-LAB-UNIT (§8.2, hazard H12), through the
 * service as an EHR calls it. As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class LipidRulesTest {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String FINDINGS = Topics.findings("R-LIP", "DQ-LAB-UNIT");
    /** For "nothing fires": the assessment omits its findings when there are none at all. */
    private static final String CARDS = Topics.cards("R-LIP", "DQ-LAB-UNIT");
    private static final String CHD = "53741008";
    private static final String ATORVASTATIN = "83367";
    private static final String SIMVASTATIN = "36567";
    private static final String EZETIMIBE = "341248";
    private static final String STATIN_NOT_TOLERATED = "413174003";
    private static final String STATIN_DECLINED = "134396000";
    private static final String HAEMORRHAGIC_STROKE = "274100004";
    private static final String PREGNANT = "77386006";
    private static final String PALLIATIVE_CARE = "103735009";
    private static final String CKD_STAGE_3 = "433144002";
    private static final String CKD_STAGE_2 = "431856006";
    private static final String TYPE_1_DIABETES = "46635009";
    private static final String FAMILIAL_HYPERCHOLESTEROLAEMIA = "238079002";
    private static final String LDL = "1022191000000100";
    private static final String NON_HDL = "1006191000000106";
    private static final String QRISK3 = "1085871000000105";
    private static final String QRISK2 = "718087004";

    static ValidatableResponse call(TestPatient patient) {
        return call(CdsRequest.patientView(patient));
    }

    static ValidatableResponse call(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)));
    }

    /** A GPath for a field of the card with the given topic. */
    static String card(String topic, String field) {
        return "cards.find { it.source.topic.code == '" + topic + "' }." + field;
    }

    static CdsRequest incomplete(TestPatient patient, String key) {
        return CdsRequest.patientView(patient).prefetchValue(key, TestPatient.json(new OperationOutcome()
                .addIssue(new OperationOutcome.OperationOutcomeIssueComponent()
                        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.TIMEOUT))));
    }

    private static TestPatient chd() {
        return TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, CHD, "2015-01-01");
    }

    private static TestPatient ldl(TestPatient patient, String when, double value) {
        return patient.observation(TestPatient.SNOMED, LDL, when, value, "mmol/L");
    }

    /** CHD with a statin this month: only R-LIP-02 can fire. */
    private static TestPatient chdOnStatin() {
        return chd().medicationRequest(RXNORM, ATORVASTATIN, "2026-11-01");
    }

    // R-LIP-01

    @Test
    void medicineRecordWithoutAStatusIsReadNotAFault() {
        TestPatient patient = chd().medicationStatement(RXNORM, ATORVASTATIN, "2026-10-01");
        ((MedicationStatement) patient.resourcesOf("MedicationStatement").get(0)).setStatus(null);
        call(patient).body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void T_LIP_01_chdWithoutStatinFires() {
        call(chd())
                .body(FINDINGS, hasItem("R-LIP-01"))
                .body(card("R-LIP-01", "summary"), equalTo(
                        "Coronary heart disease with no statin issued in 6 months — review lipid-lowering therapy"))
                .body(card("R-LIP-01", "detail"), containsString("No statin issue found in the record"))
                .body(card("R-LIP-01", "indicator"), equalTo("info"))
                .body(card("R-LIP-01", "source.url"), equalTo("https://www.nice.org.uk/guidance/ng238"));
    }

    @Test
    void T_LIP_02_ezetimibeWithStatinIntoleranceDoesNotFire() {
        call(chd().medicationRequest(RXNORM, EZETIMIBE, "2026-10-01")
                .codedEvent(TestPatient.SNOMED, STATIN_NOT_TOLERATED, "2025-01-01"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void statinIntoleranceWithoutAnAlternativeFires() {
        call(chd().codedEvent(TestPatient.SNOMED, STATIN_NOT_TOLERATED, "2025-01-01"))
                .body(FINDINGS, hasItem("R-LIP-01"))
                .body(card("R-LIP-01", "detail"),
                        containsString("Statin declined, contraindicated or not tolerated recorded 01 Jan 2025"));
    }

    @Test
    void ezetimibeAloneWithoutAStatinReasonStillFires() {
        call(chd().medicationRequest(RXNORM, EZETIMIBE, "2026-10-01"))
                .body(FINDINGS, hasItem("R-LIP-01"));
    }

    @Test
    void statinIssuedInSixMonthsDoesNotFire() {
        call(chd().medicationRequest(RXNORM, ATORVASTATIN, "2026-06-01"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void statinIssuedTheDayAfterTheSixMonthEdgeCounts() {
        call(chd().medicationRequest(RXNORM, ATORVASTATIN, "2026-05-27"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void statinIssuedExactlySixMonthsAgoIsTooOld() {
        call(chd().medicationRequest(RXNORM, ATORVASTATIN, "2026-05-26"))
                .body(FINDINGS, hasItem("R-LIP-01"))
                .body(card("R-LIP-01", "detail"), containsString("Last statin issued 26 May 2026"));
    }

    @Test
    void statinMedicationStatementCounts() {
        call(chd().medicationStatement(RXNORM, SIMVASTATIN, "2026-09-01"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void syntheaClinicalDrugCodeCounts() {
        call(chd().medicationRequest(RXNORM, "259255", "2026-09-01"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void haemorrhagicStrokeExcludes() {
        call(chd().condition(TestPatient.SNOMED, HAEMORRHAGIC_STROKE, "2020-01-01"))
                .body(FINDINGS, not(hasItem("R-LIP-01")));
    }

    @Test
    void pregnancyInTheLastEightAndAHalfMonthsExcludes() {
        call(chd().condition(TestPatient.SNOMED, PREGNANT, "2026-03-12"))
                .body(FINDINGS, not(hasItem("R-LIP-01")))
                .body(FINDINGS, not(hasItem("R-LIP-02")));
    }

    @Test
    void pregnancyEightAndAHalfMonthsAgoNoLongerExcludes() {
        call(chd().condition(TestPatient.SNOMED, PREGNANT, "2026-03-11"))
                .body(FINDINGS, hasItem("R-LIP-01"));
    }

    @Test
    void palliativeCareExcludes() {
        call(chd().condition(TestPatient.SNOMED, PALLIATIVE_CARE, "2026-01-01"))
                .body(CARDS, empty());
    }

    @Test
    void ckdStage3FromAge18Fires() {
        call(TestPatient.born("1996-01-01").condition(TestPatient.SNOMED, CKD_STAGE_3, "2024-01-01"))
                .body(FINDINGS, contains("R-LIP-01"))
                .body(card("R-LIP-01", "summary"), equalTo("Chronic kidney disease stage 3 to 5 with no statin "
                        + "issued in 6 months — review lipid-lowering therapy"));
    }

    @Test
    void ckdStage3Under18DoesNotFire() {
        call(TestPatient.born("2009-01-01").condition(TestPatient.SNOMED, CKD_STAGE_3, "2024-01-01"))
                .body(CARDS, empty());
    }

    @Test
    void laterCkdStage2EndsTheCkdPopulation() {
        call(TestPatient.born("1996-01-01").condition(TestPatient.SNOMED, CKD_STAGE_3, "2022-01-01")
                .codedEvent(TestPatient.SNOMED, CKD_STAGE_2, "2025-01-01"))
                .body(CARDS, empty());
    }

    @Test
    void incompleteMedicationRequestsWithholdIt() {
        call(incomplete(chd(), "medicationRequests"))
                .body(FINDINGS, not(hasItem("R-LIP-01")))
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-LIP-01"))
                .body(Topics.cards("DQ-"), hasItem("DQ-INCOMPLETE-RECORD"));
    }

    // R-LIP-02

    @Test
    void T_LIP_03_chdWithLdlAboveTargetFires() {
        call(ldl(chdOnStatin(), "2026-05-14T09:00:00Z", 2.1))
                .body(FINDINGS, contains("R-LIP-02"))
                .body(card("R-LIP-02", "summary"), equalTo(
                        "CHD: LDL 2.1 mmol/L (14 May 2026) is above NICE target ≤2.0 — review lipid therapy"))
                .body(card("R-LIP-02", "detail"), containsString("LDL cholesterol 2.1 mmol/L on 14 May 2026"))
                .body(card("R-LIP-02", "indicator"), equalTo("info"));
    }

    @Test
    void T_LIP_04_ldlWinsOverNonHdlOnTheSameDate() {
        call(ldl(chdOnStatin(), "2026-05-14T09:00:00Z", 2.1)
                .observation(TestPatient.SNOMED, NON_HDL, "2026-05-14T09:00:00Z", 2.4, "mmol/L"))
                .body(FINDINGS, contains("R-LIP-02"))
                .body(card("R-LIP-02", "summary"), containsString("LDL 2.1 mmol/L"));
    }

    @Test
    void ldlAtTargetWinsOverHighNonHdlOnTheSameDate() {
        call(ldl(chdOnStatin(), "2026-05-14T09:00:00Z", 1.8)
                .observation(TestPatient.SNOMED, NON_HDL, "2026-05-14T09:00:00Z", 2.9, "mmol/L"))
                .body(CARDS, empty());
    }

    @Test
    void nonHdlIsJudgedWhenTheLatestDayHasNoLdl() {
        call(ldl(chdOnStatin(), "2026-02-01T09:00:00Z", 1.5)
                .observation(TestPatient.LOINC, "43396-1", "2026-06-01T09:00:00Z", 2.9, "mmol/L"))
                .body(FINDINGS, contains("R-LIP-02"))
                .body(card("R-LIP-02", "summary"), equalTo(
                        "CHD: non-HDL 2.9 mmol/L (01 Jun 2026) is above NICE target ≤2.6 — review lipid therapy"));
    }

    @Test
    void ldlExactly2Point0DoesNotFire() {
        call(ldl(chdOnStatin(), "2026-05-14T09:00:00Z", 2.0))
                .body(CARDS, empty());
    }

    @Test
    void T_LIP_05_syntheaLdlInMgPerDlIsConverted() {
        call(chdOnStatin().observation(TestPatient.LOINC, "18262-6", "2026-05-14T09:00:00Z", 90, "mg/dL"))
                .body(FINDINGS, contains("R-LIP-02"))
                .body(card("R-LIP-02", "summary"), containsString("LDL 2.33 mmol/L (14 May 2026)"))
                .body(card("R-LIP-02", "detail"), containsString("2.33 mmol/L (90"));
    }

    @Test
    void ldlInMgPerDlBelowTargetDoesNotFire() {
        call(chdOnStatin().observation(TestPatient.LOINC, "13457-7", "2026-05-14T09:00:00Z", 77, "mg/dL"))
                .body(CARDS, empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://snomed.info/sct|1022191000000100", "http://snomed.info/sct|1014501000000104",
            "http://loinc.org|18262-6", "http://loinc.org|13457-7"})
    void snomedAndLoincLdlCodesGiveTheSameCard(String coding) {
        String[] parts = coding.split("\\|");
        call(chdOnStatin().observation(parts[0], parts[1], "2026-05-14T09:00:00Z", 2.1, "mmol/L"))
                .body(card("R-LIP-02", "summary"), equalTo(
                        "CHD: LDL 2.1 mmol/L (14 May 2026) is above NICE target ≤2.0 — review lipid therapy"));
    }

    @Test
    void noLipidResultInTwelveMonthsIsALipidProfileDue() {
        call(ldl(chdOnStatin(), "2025-11-26T09:00:00Z", 2.5))
                .body(FINDINGS, contains("R-LIP-02"))
                .body(card("R-LIP-02", "summary"), equalTo(
                        "CHD: no cholesterol result in 12 months — lipid profile due"))
                .body(card("R-LIP-02", "detail"), containsString("Last LDL or non-HDL cholesterol 26 Nov 2025"))
                .body("extension.'org.everycontact.assessment'.findings.find { it.ruleId == 'R-LIP-02' }"
                        + ".evidence.label", hasItem("Lipid profile due"));
    }

    @Test
    void resultOneDayInsideTwelveMonthsIsJudged() {
        call(ldl(chdOnStatin(), "2025-11-27T09:00:00Z", 2.5))
                .body(card("R-LIP-02", "summary"), containsString("LDL 2.5 mmol/L (27 Nov 2025)"));
    }

    @Test
    void strokeRegisterIsNamed() {
        call(ldl(TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, "230690007", "2019-01-01")
                        .medicationRequest(RXNORM, ATORVASTATIN, "2026-11-01"), "2026-05-14T09:00:00Z", 2.6))
                .body(card("R-LIP-02", "summary"), containsString("Stroke: LDL 2.6 mmol/L"));
    }

    @Test
    void preliminaryResultIsNotJudged() {
        TestPatient patient = ldl(chdOnStatin(), "2026-05-14T09:00:00Z", 1.5).observation(
                TestPatient.SNOMED, LDL, "2026-10-01T09:00:00Z", 3.5, "mmol/L");
        ((Observation) patient.resourcesOf("Observation").get(1)).setStatus(Observation.ObservationStatus.PRELIMINARY);
        call(patient).body(CARDS, empty());
    }

    @Test
    void ckdAloneIsNotInTheLipidTargetPopulation() {
        call(ldl(TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, CKD_STAGE_3, "2020-01-01")
                        .medicationRequest(RXNORM, ATORVASTATIN, "2026-11-01"), "2026-05-14T09:00:00Z", 3.0))
                .body(CARDS, empty());
    }

    @Test
    void incompleteObservationsWithholdTheLipidTarget() {
        call(incomplete(chdOnStatin(), "observations"))
                .body(FINDINGS, not(hasItem("R-LIP-02")))
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-LIP-02"));
    }

    // DQ-LAB-UNIT

    @Test
    void T_UNIT_02_ldlInPercentGivesADataQualityNoteNotATargetCard() {
        call(chdOnStatin().observation(TestPatient.SNOMED, LDL, "2026-05-01T09:00:00Z", 3.1, "%"))
                .body(FINDINGS, contains("DQ-LAB-UNIT"))
                .body(Topics.cards("R-LIP"), empty())
                .body(card("DQ-LAB-UNIT", "summary"), equalTo(
                        "A cholesterol result has a unit EveryContact cannot read — please check the record"))
                .body(card("DQ-LAB-UNIT", "detail"), containsString("LDL cholesterol 3.1 % on 01 May 2026"))
                .body(card("DQ-LAB-UNIT", "indicator"), equalTo("info"));
    }

    @Test
    void unreadableResultOlderThanTwelveMonthsIsNotReported() {
        call(chdOnStatin().observation(TestPatient.SNOMED, LDL, "2025-06-01T09:00:00Z", 3.1, "%")
                .observation(TestPatient.SNOMED, LDL, "2026-06-01T09:00:00Z", 1.6, "mmol/L"))
                .body(CARDS, empty());
    }

    // R-LIP-03

    private static TestPatient aged60() {
        return TestPatient.born("1966-01-01");
    }

    private static TestPatient qrisk(TestPatient patient, String code, String when, double percent) {
        return patient.observation(TestPatient.SNOMED, code, when, percent, "%");
    }

    @Test
    void T_LIP_06_qriskAbove10WithoutStatinFires() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 12.4))
                .body(FINDINGS, contains("R-LIP-03"))
                .body(card("R-LIP-03", "summary"), equalTo(
                        "QRISK 12.4% (10 Jun 2025) with no statin in 6 months — discuss statin for primary prevention"))
                .body(card("R-LIP-03", "detail"), containsString("does not calculate QRISK"))
                .body(card("R-LIP-03", "indicator"), equalTo("info"));
    }

    @Test
    void qriskExactly10Fires() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 10.0)).body(FINDINGS, contains("R-LIP-03"));
    }

    @Test
    void qriskBelow10DoesNotFire() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 9.9)).body(CARDS, empty());
    }

    @Test
    void latestQriskDecides() {
        call(qrisk(qrisk(aged60(), QRISK3, "2023-06-10T10:00:00Z", 14.0), QRISK3, "2025-06-10T10:00:00Z", 8.0))
                .body(CARDS, empty());
    }

    @Test
    void qrisk2ScoreCounts() {
        call(qrisk(aged60(), QRISK2, "2024-02-01T10:00:00Z", 11.0)).body(FINDINGS, contains("R-LIP-03"));
    }

    @Test
    void qriskOlderThanFiveYearsDoesNotFire() {
        call(qrisk(aged60(), QRISK3, "2021-11-26T10:00:00Z", 15.0)).body(CARDS, empty());
    }

    @Test
    void onAStatinDoesNotFire() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 12.4).medicationRequest(RXNORM, ATORVASTATIN, "2026-08-01"))
                .body(CARDS, empty());
    }

    @Test
    void statinDeclinedInTwelveMonthsDoesNotFire() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 12.4)
                .codedEvent(TestPatient.SNOMED, STATIN_DECLINED, "2026-03-01"))
                .body(CARDS, empty());
    }

    @Test
    void statinDeclinedMoreThanTwelveMonthsAgoDoesNotSuppress() {
        call(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 12.4)
                .codedEvent(TestPatient.SNOMED, STATIN_DECLINED, "2025-11-26"))
                .body(FINDINGS, contains("R-LIP-03"));
    }

    @Test
    void establishedCvdIsSecondaryPreventionNotQrisk() {
        call(qrisk(chd(), QRISK3, "2025-06-10T10:00:00Z", 15.0))
                .body(FINDINGS, not(hasItem("R-LIP-03")))
                .body(FINDINGS, hasItem("R-LIP-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TYPE_1_DIABETES, FAMILIAL_HYPERCHOLESTEROLAEMIA, CKD_STAGE_3})
    void qriskNotApplicableRegistersExclude(String code) {
        call(qrisk(aged60().condition(TestPatient.SNOMED, code, "2020-01-01"), QRISK3, "2025-06-10T10:00:00Z", 15.0))
                .body(FINDINGS, not(hasItem("R-LIP-03")));
    }

    @Test
    void pregnancyExcludesPrimaryPrevention() {
        call(qrisk(TestPatient.born("1990-01-01"), QRISK3, "2025-06-10T10:00:00Z", 12.0)
                .condition(TestPatient.SNOMED, PREGNANT, "2026-09-01"))
                .body(CARDS, empty());
    }

    @Test
    void age84OnTheDayBeforeThe85thBirthdayFires() {
        call(qrisk(TestPatient.born("1941-11-27"), QRISK3, "2025-06-10T10:00:00Z", 30.0))
                .body(FINDINGS, contains("R-LIP-03"));
    }

    @Test
    void the85thBirthdayEndsIt() {
        call(qrisk(TestPatient.born("1941-11-26"), QRISK3, "2025-06-10T10:00:00Z", 30.0))
                .body(CARDS, empty());
    }

    @Test
    void the25thBirthdayStartsIt() {
        call(qrisk(TestPatient.born("2001-11-26"), QRISK3, "2025-06-10T10:00:00Z", 10.5))
                .body(FINDINGS, contains("R-LIP-03"));
    }

    @Test
    void theDayBeforeThe25thBirthdayDoesNotFire() {
        call(qrisk(TestPatient.born("2001-11-27"), QRISK3, "2025-06-10T10:00:00Z", 10.5))
                .body(CARDS, empty());
    }

    @Test
    void incompleteMedicationStatementsWithholdPrimaryPrevention() {
        call(incomplete(qrisk(aged60(), QRISK3, "2025-06-10T10:00:00Z", 12.4), "medicationStatements"))
                .body(CARDS, empty())
                .body("extension.'org.everycontact.assessment'.withheld.rule", hasItem("R-LIP-03"));
    }
}
