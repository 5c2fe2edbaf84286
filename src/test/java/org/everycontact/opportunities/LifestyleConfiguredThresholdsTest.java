package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * A signed-off change to the R-MECC-ALC-01 and R-MECC-WT-01 thresholds reaches the cards' wording, not
 * only the rules: the cards word the thresholds from the finding's evidence.
 */
@QuarkusTest
@TestProfile(LifestyleConfiguredThresholdsTest.ChangedThresholds.class)
class LifestyleConfiguredThresholdsTest {

    public static class ChangedThresholds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String prefix = "everycontact.clinical.lifestyle.";
            return Map.of(prefix + "alcohol.audit-c-positive", "6",
                    prefix + "alcohol.increasing-risk-from", "9",
                    prefix + "alcohol.higher-risk-from", "17",
                    prefix + "alcohol.possible-dependence-from", "21",
                    prefix + "weight.no-bmi-age-min", "45",
                    prefix + "weight.no-bmi-age-max", "70");
        }
    }

    private static final String ALC = "R-MECC-ALC-01";
    private static final String WT = "R-MECC-WT-01";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    @Test
    void positiveAuditCCardWordsTheConfiguredBands() {
        call(TestPatient.born("1980-06-15").observation(TestPatient.SNOMED, "763256006", "2026-01-15", 7, "{score}"))
                .body(Topics.card(ALC) + ".detail", containsString("(positive from 6)"))
                .body(Topics.card(ALC) + ".detail", containsString("9 to 16, alcohol brief advice"))
                .body(Topics.card(ALC) + ".detail", containsString("17 to 20, brief advice"))
                .body(Topics.card(ALC) + ".detail", containsString("21 or more, offer a specialist"));
    }

    @Test
    void auditBandCardWordsTheConfiguredRange() {
        call(TestPatient.born("1980-06-15").observation(TestPatient.SNOMED, "443280005", "2026-09-10", 16, "{score}"))
                .body(Topics.card(ALC) + ".detail", containsString("increasing risk (AUDIT 9 to 16)"));
        call(TestPatient.born("1980-06-15").observation(TestPatient.SNOMED, "443280005", "2026-09-10", 21, "{score}"))
                .body(Topics.card(ALC) + ".detail", containsString("possible dependence (AUDIT 21 or more)"));
    }

    @Test
    void screenDueCardWordsTheConfiguredPositiveScore() {
        call(TestPatient.born("1980-06-15"))
                .body(Topics.card(ALC) + ".detail", containsString("a score of 6 or more means completing the full AUDIT"));
    }

    @Test
    void measureBmiCardWordsTheConfiguredAges() {
        call(TestPatient.born("1976-01-01").male().bloodPressure("2026-10-01T09:00:00Z", 125, 78))
                .body(Topics.card(WT) + ".summary", equalTo(
                        "No BMI recorded for over 5 years — consider measuring height and weight"))
                .body(Topics.card(WT) + ".detail", containsString("NHS Health Check for people aged 45 to 70"));
    }
}
