package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * UK records code medicines in dm+d (clinical-spec §8.6, IN-3), as {@code https://dmd.nhs.uk} or as
 * the same identifier under SNOMED CT; Synthea codes them in RxNorm. The same patient gives the same
 * finding whichever coding the medicine carries, including a VMP under its later dm+d identifier.
 * As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class UkMedicineCodesTest {

    private static final String CHD = "53741008";
    private static final String ASTHMA = "195967001";
    private static final String ALBUTEROL = "435";
    /** Prednisolone 5mg tablets (dm+d VMP): an oral steroid, not a statin. */
    private static final String PREDNISOLONE_5MG_VMP = "325427002";

    private static TestPatient chd() {
        return TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, CHD, "2015-01-01");
    }

    private static TestPatient raisedReading() {
        return TestPatient.born("1974-01-01").bloodPressure("2026-03-03T09:15:00Z", 152, 94);
    }

    private static TestPatient asthmatic(String born) {
        return TestPatient.born(born).condition(TestPatient.SNOMED, ASTHMA, "2021-01-01");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "http://www.nlm.nih.gov/research/umls/rxnorm, 83367",
            "https://dmd.nhs.uk, 320030001",
            "http://snomed.info/sct, 320030001",
            "https://dmd.nhs.uk, 39733011000001106",
            "https://dmd.nhs.uk, 408036003",
            "https://dmd.nhs.uk, 414177002"})
    void R_LIP_01_statinIssueInAnyCodingMeansTreated(String system, String code) {
        LipidRulesTest.call(chd().medicationRequest(system, code, "2026-10-01"))
                .body(Topics.findings("R-LIP"), not(hasItem("R-LIP-01")));
    }

    @Test
    void R_LIP_01_aDmdMedicineThatIsNoStatinStillFires() {
        LipidRulesTest.call(chd().medicationRequest("https://dmd.nhs.uk", PREDNISOLONE_5MG_VMP, "2026-10-01"))
                .body(Topics.findings("R-LIP"), hasItem("R-LIP-01"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "http://www.nlm.nih.gov/research/umls/rxnorm, 29046",
            "https://dmd.nhs.uk, 318901006",
            "http://snomed.info/sct, 319283006",
            "https://dmd.nhs.uk, 42371511000001109"})
    void R_HTN_01_antihypertensiveAfterTheReadingInAnyCodingIsFollowUp(String system, String code) {
        LipidRulesTest.call(raisedReading().medicationStatement(system, code, "2026-03-10"))
                .body(Topics.cards("R-HTN"), empty());
    }

    @Test
    void R_HTN_01_aDmdMedicineThatIsNoAntihypertensiveIsNoFollowUp() {
        LipidRulesTest.call(raisedReading().medicationRequest("https://dmd.nhs.uk", PREDNISOLONE_5MG_VMP, "2026-03-10"))
                .body(Topics.findings("R-HTN"), contains("R-HTN-01"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "http://www.nlm.nih.gov/research/umls/rxnorm, 19831",
            "https://dmd.nhs.uk, 35908111000001105",
            "http://snomed.info/sct, 134498003",
            "https://dmd.nhs.uk, 38896811000001103"})
    void R_CYP_AST_01_preventerInAnyCodingHoldsBackTheNoPreventerCard(String system, String code) {
        LipidRulesTest.call(asthmatic("2017-05-01").medicationRequest(LipidRulesTest.RXNORM, ALBUTEROL, "2026-07-10")
                        .medicationRequest(system, code, "2026-06-01"))
                .body(Topics.findings("R-CYP"), not(hasItem("R-CYP-AST-01")));
    }

    @Test
    void R_CYP_AST_01_relieverWithoutAnyPreventerFires() {
        LipidRulesTest.call(asthmatic("2017-05-01").medicationRequest(LipidRulesTest.RXNORM, ALBUTEROL, "2026-07-10")
                        .medicationRequest("https://dmd.nhs.uk", PREDNISOLONE_5MG_VMP, "2026-06-01"))
                .body(Topics.findings("R-CYP"), hasItem("R-CYP-AST-01"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "http://www.nlm.nih.gov/research/umls/rxnorm, 895994",
            "https://dmd.nhs.uk, 320614005",
            "http://snomed.info/sct, 39111211000001103",
            "http://www.nlm.nih.gov/research/umls/rxnorm, 8638",
            "https://dmd.nhs.uk, 325427002"})
    void R_RESP_01_asthmaOnASteroidInAnyCodingIsAFluRiskGroup(String system, String code) {
        LipidRulesTest.call(asthmatic("1986-01-01").medicationRequest(system, code, "2026-06-01"))
                .body(Topics.findings("R-VAC", "R-RESP"), contains("R-RESP-01"));
    }

    @Test
    void R_RESP_01_asthmaOnADmdMedicineThatIsNoSteroidIsNoRiskGroup() {
        LipidRulesTest.call(asthmatic("1986-01-01").medicationRequest("https://dmd.nhs.uk", "320030001", "2026-06-01"))
                .body(Topics.findings("R-VAC", "R-RESP"), not(hasItem("R-RESP-01")));
    }
}
