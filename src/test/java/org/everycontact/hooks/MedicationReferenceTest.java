package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * A UK record (GP Connect, UK Core) names a medicine by medicationReference to a Medication rather
 * than coding it in place: the statin is seen wherever the Medication is in the call, and a reference
 * to one that is not withholds the rules judging the absence of a medicine (clinical-spec C5, hazard
 * H05) instead of prompting a treated patient. As-of date 2026-11-26 (the test profile's).
 */
@QuarkusTest
class MedicationReferenceTest {

    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'.";
    private static final String LIPID_FINDINGS = Topics.findings("R-LIP");
    private static final String CHD = "53741008";
    private static final String DMD = "https://dmd.nhs.uk";
    /** Atorvastatin 20mg tablets, dm+d VMP (ValueSet statins). */
    private static final String ATORVASTATIN_20MG = "320030001";

    private static TestPatient chd() {
        return TestPatient.born("1960-01-01").condition(TestPatient.SNOMED, CHD, "2015-01-01");
    }

    private static ValidatableResponse post(CdsRequest request) {
        return given().contentType("application/json").body(request.toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    @Test
    void R_LIP_01_chdPatientWithNoStatinFires() {
        post(CdsRequest.patientView(chd()))
                .body(LIPID_FINDINGS, hasItem("R-LIP-01"))
                .body(ASSESSMENT + "completeness.MedicationRequest.status", equalTo("complete"));
    }

    @Test
    void R_LIP_01_statinInAContainedMedicationMeansTreated() {
        post(CdsRequest.patientView(chd().medicationRequestContaining(DMD, ATORVASTATIN_20MG, "2026-10-01")))
                .body(LIPID_FINDINGS, not(hasItem("R-LIP-01")))
                .body(ASSESSMENT + "completeness.MedicationRequest.status", equalTo("complete"));
    }

    @Test
    void R_LIP_01_statinInAMedicationOfThePrefetchBundleMeansTreated() {
        TestPatient patient = chd().medicationRequestReferring(DMD, ATORVASTATIN_20MG, "2026-10-01");
        post(CdsRequest.patientView(patient).prefetchValue("medicationRequests",
                TestPatient.json(patient.bundleIncluding("MedicationRequest", "Medication"))))
                .body(LIPID_FINDINGS, not(hasItem("R-LIP-01")))
                .body(ASSESSMENT + "completeness.MedicationRequest.status", equalTo("complete"));
    }

    @Test
    void R_LIP_01_unresolvedMedicationReferenceWithholdsTheRuleAndMarksMedicationRequestPartial() {
        post(CdsRequest.patientView(chd().medicationRequestReferring(DMD, ATORVASTATIN_20MG, "2026-10-01")))
                .body(LIPID_FINDINGS, not(hasItem("R-LIP-01")))
                .body(ASSESSMENT + "withheld.find { it.rule == 'R-LIP-01' }.incomplete", contains("MedicationRequest"))
                .body(ASSESSMENT + "completeness.MedicationRequest.status", equalTo("partial"))
                .body(ASSESSMENT + "completeness.MedicationRequest.reason", equalTo("medication reference not resolved"))
                .body(ASSESSMENT + "completeness.MedicationStatement.reason", nullValue());
    }
}
