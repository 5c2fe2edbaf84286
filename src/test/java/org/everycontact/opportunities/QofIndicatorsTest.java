package org.everycontact.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * QOF indicator ids come from dated, signed-off configuration (clinical-spec §6.1 "store IDs as
 * config"): in the default configuration the 2025/26 ids are in force, because 2026/27's are unverified.
 */
@QuarkusTest
class QofIndicatorsTest {

    static final String ASSESSMENT = "extension.'org.everycontact.assessment'";

    static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200);
    }

    /** T-HTN-06's patient: on the register, aged 70, home average 138/84 above the 135/85 target. */
    static TestPatient homeAverageAboveTarget() {
        return TestPatient.born("1956-01-01").condition(TestPatient.SNOMED, "59621000", "2015-01-01")
                .observation(TestPatient.SNOMED, "413606001", "2026-09-01T08:00:00Z", 138, "mm[Hg]")
                .observation(TestPatient.SNOMED, "413605002", "2026-09-01T08:00:00Z", 84, "mm[Hg]");
    }

    /** T-HTN-07's patient: on the register, aged 83, clinic 148/88 within the 150/90 target. */
    static TestPatient olderAtTarget() {
        return TestPatient.born("1943-01-01").condition(TestPatient.SNOMED, "59621000", "2015-01-01")
                .bloodPressure("2026-09-01T09:00:00Z", 148, 88);
    }

    @Test
    void theSignedOff202526IdsAreInForceByDefault() {
        call(homeAverageAboveTarget())
                .body(Topics.findings("R-HTN-04"), equalTo(List.of("R-HTN-04")))
                .body(Topics.card("R-HTN-04") + ".detail", containsString("QOF HYP008 (2025/26)"))
                .body(ASSESSMENT + ".clinicalConfiguration.version", equalTo("2026.11.0"))
                .body(ASSESSMENT + ".clinicalConfiguration.qofYear", equalTo("2025/26"))
                .body(ASSESSMENT + ".clinicalConfiguration.signedOffBy", nullValue());
    }

    @Test
    void noBloodPressureCardNamesBp002() {
        call(TestPatient.born("1970-01-01"))
                .body(Topics.card("R-HTN-03") + ".detail", containsString("Source: QOF BP002 (2025/26); NICE NG136"));
    }

    @Test
    void theLatestSignedOffEditionInEffectWins() {
        QofIndicators indicators = new QofIndicators(Map.of(
                "a", edition("2025/26", "2025-04-01", true, "HYP008"),
                "b", edition("2026/27", "2026-04-01", true, "HYP010"),
                "c", edition("2027/28", "2027-04-01", true, "HYP012"),
                "d", edition("2026/27 draft", "2026-05-01", false, "HYP099")));

        assertEquals("2025/26", indicators.inForce(LocalDate.of(2026, 3, 31)).orElseThrow().label());
        assertEquals("2026/27", indicators.inForce(LocalDate.of(2026, 4, 1)).orElseThrow().label());
        assertEquals("2026/27", indicators.inForce(LocalDate.of(2026, 11, 26)).orElseThrow().label());
        assertEquals("HYP010 (2026/27)", indicators.evidence(QofIndicators.BP_TARGET_UNDER_80,
                LocalDate.of(2026, 11, 26)).orElseThrow().value());
        assertTrue(indicators.inForce(LocalDate.of(2025, 3, 31)).isEmpty());
        assertTrue(indicators.evidence(QofIndicators.BP_RECORDED, LocalDate.of(2026, 11, 26)).isEmpty());
    }

    private static ClinicalParameters.QofEdition edition(String label, String from, boolean signedOff, String hyp) {
        return new ClinicalParameters.QofEdition() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public LocalDate effectiveFrom() {
                return LocalDate.parse(from);
            }

            @Override
            public boolean signedOff() {
                return signedOff;
            }

            @Override
            public Map<String, String> indicators() {
                return Map.of(QofIndicators.BP_TARGET_UNDER_80, hyp);
            }
        };
    }
}
