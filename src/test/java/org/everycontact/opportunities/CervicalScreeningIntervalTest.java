package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * R-SCR-CER-01 intervals after an HPV-negative result (clinical-spec §6.6, T-SCR-02, T-SCR-03), seen
 * from an as-of date of 2029-02-02: a self-sample taken on 2025-08-01 was due on 2028-08-01 and its
 * grace has run out; a clinician-taken sample on the same day is not due until 2030-08-01.
 */
@QuarkusTest
@TestProfile(CervicalScreeningIntervalTest.AsOf2029.class)
class CervicalScreeningIntervalTest {

    public static class AsOf2029 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.as-of-date", "2029-02-02", "%test.everycontact.as-of-date", "2029-02-02");
        }
    }

    private static TestPatient aged32() {
        return TestPatient.born("1996-06-01");
    }

    @Test
    void T_SCR_02_clinicianTakenHpvNegativeIsNotDueUntil2030() {
        ScreeningRulesTest.call(ScreeningRulesTest.hpvTest(aged32(), "21440-3", "2025-08-01", "260385009"))
                .body(ScreeningRulesTest.FINDINGS, ScreeningRulesTest.NONE);
    }

    @Test
    void T_SCR_03_selfSampleHpvNegativeWasDueOn2028_08_01() {
        ScreeningRulesTest.call(ScreeningRulesTest.hpvTest(aged32(), "44546-0", "2025-08-01", "260385009"))
                .body(ScreeningRulesTest.CARDS, contains("R-SCR-CER-01"))
                .body(Topics.card("R-SCR-CER-01") + ".summary", equalTo(
                        "Cervical screening due since 01 Aug 2028 — check the invitation and encourage booking"))
                .body(Topics.card("R-SCR-CER-01") + ".detail", containsString(
                        "HPV negative, self-sample or sample type not recorded; next test due 01 Aug 2028 (36-month interval)"))
                .body(String.format(ScreeningRulesTest.EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Due date' }.date",
                        equalTo("2028-08-01"));
    }

    @Test
    void hpvNegativeFindingWithoutSampleTypeStaysOnThreeYears() {
        ScreeningRulesTest.call(aged32().codedEvent(TestPatient.SNOMED, "888091000000108", "2025-08-01"))
                .body(ScreeningRulesTest.CARDS, contains("R-SCR-CER-01"));
    }

    @Test
    void clinicianSampleBeforeTheChangeDateStaysOnThreeYears() {
        ScreeningRulesTest.call(ScreeningRulesTest.hpvTest(aged32(), "21440-3", "2025-07-01", "260385009"))
                .body(ScreeningRulesTest.FINDINGS, ScreeningRulesTest.NONE);
        ScreeningRulesTest.call(ScreeningRulesTest.hpvTest(aged32(), "21440-3", "2025-06-30", "260385009"))
                .body(ScreeningRulesTest.CARDS, contains("R-SCR-CER-01"))
                .body(String.format(ScreeningRulesTest.EVIDENCE, "R-SCR-CER-01") + ".find { it.label == 'Due date' }.date",
                        equalTo("2028-06-30"));
    }
}
