package org.everycontact.terminology;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * T-CODE-01 with the newer cluster release loaded from {@code everycontact.code-lists.directory}: the
 * flu card fires for a risk-group concept only that release holds, and its provenance shows the
 * release tag. The same patient on the shipped lists gets no flu card (VaccinationRulesTest).
 */
@QuarkusTest
@TestProfile(NewerClusterReleaseProfile.class)
class NewerClusterReleaseTest {

    private static final String FLU = "R-VAC-FLU-01";
    private static final String CODE_LISTS = "extension.'org.everycontact.assessment'.codeLists";

    @Test
    void T_CODE_01_riskGroupConceptOnlyInTheNewerReleaseFiresTheFluCardWithTheReleaseTag() {
        TestPatient patient = TestPatient.born("1980-05-01")
                .condition(TestPatient.SNOMED, NewerClusterReleaseProfile.CHRONIC_HEPATITIS_C, "2019-03-01");
        given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(Topics.cards("R-VAC-FLU"), contains(FLU))
                .body(Topics.card(FLU) + ".detail", containsString("eligible as chronic liver disease."))
                .body(Topics.card(FLU) + ".detail",
                        endsWith("\n- Code lists: releases 2026.11.0, " + NewerClusterReleaseProfile.RELEASE + "."))
                .body(CODE_LISTS + ".release", equalTo("2026.11.0"))
                .body(CODE_LISTS + ".others.size()", equalTo(1))
                .body(CODE_LISTS + ".others.'chronic-liver-disease'", equalTo(NewerClusterReleaseProfile.RELEASE));
    }

    @Test
    void T_CODE_01_readinessReportsTheReleaseReadFromTheDirectory() {
        String check = "checks.find { it.name == 'clinical code lists' }";
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body(check + ".status", equalTo("UP"))
                .body(check + ".data.release", equalTo("2026.11.0"))
                .body(check + ".data.otherReleases", equalTo("chronic-liver-disease " + NewerClusterReleaseProfile.RELEASE))
                .body(check + ".data.fromDirectory", equalTo("chronic-liver-disease"));
    }
}
