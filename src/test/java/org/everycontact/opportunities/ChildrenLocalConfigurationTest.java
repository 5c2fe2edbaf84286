package org.everycontact.opportunities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/**
 * R-CYP-EPI-01 with the two unverified items set locally (clinical-spec §5, U): a practice's own code
 * for epilepsy specialist nurse referral, and transition care up to age 25.
 */
@QuarkusTest
@TestProfile(ChildrenLocalConfigurationTest.LocalEpilepsyConfiguration.class)
class ChildrenLocalConfigurationTest {

    private static final String LOCAL_SYSTEM = "https://example.org/local-codes";
    private static final String CARDS = Topics.cards("R-CYP");

    public static class LocalEpilepsyConfiguration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.clinical.children.epilepsy.specialist-nurse-codes", LOCAL_SYSTEM + "|ESN-REFERRAL",
                    "everycontact.clinical.children.epilepsy.age-limit", "26");
        }
    }

    private static TestPatient newEpilepsyWithAutism(String born) {
        return TestPatient.born(born).condition(TestPatient.SNOMED, "84757009", "2026-03-01")
                .condition(TestPatient.SNOMED, "35919005", "2016-01-01");
    }

    @Test
    void aLocallyCodedNurseReferralMeansNoCard() {
        ScreeningRulesTest.call(newEpilepsyWithAutism("2012-04-01").codedEvent(LOCAL_SYSTEM, "ESN-REFERRAL", "2026-04-01"))
                .body(CARDS, empty());
        ScreeningRulesTest.call(newEpilepsyWithAutism("2012-04-01")).body(CARDS, contains("R-CYP-EPI-01"));
    }

    @Test
    void transitionAgeLimitReaches25() {
        ScreeningRulesTest.call(newEpilepsyWithAutism("2001-11-27")).body(CARDS, contains("R-CYP-EPI-01"));
        ScreeningRulesTest.call(newEpilepsyWithAutism("2000-11-26")).body(CARDS, empty());
    }
}
