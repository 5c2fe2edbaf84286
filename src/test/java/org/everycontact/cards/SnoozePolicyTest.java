package org.everycontact.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How long a dismissed rule stays away (clinical-spec §7 C4) with the shipped configuration: 30 days,
 * and for the seasonal vaccines 14 days cut short by the end of the campaign in force (flu 2026/27 to
 * 2027-03-31, COVID-19 spring 2026 to 2026-06-30).
 */
@QuarkusTest
class SnoozePolicyTest {

    @Inject
    SnoozePolicy policy;

    private LocalDate wakes(String ruleId, String issuedOn) {
        return policy.wakes(new Dismissal(ruleId, LocalDate.parse(issuedOn)));
    }

    @Test
    void C4_ruleIsSnoozedForThirtyDays() {
        assertEquals(LocalDate.parse("2026-12-26"), wakes("R-HTN-03", "2026-11-26"));
    }

    @Test
    void C4_fluAndTheRespiratoryBundleAreSnoozedForFourteenDaysInsideTheCampaign() {
        assertEquals(LocalDate.parse("2026-12-10"), wakes("R-VAC-FLU-01", "2026-11-26"));
        assertEquals(LocalDate.parse("2026-12-10"), wakes("R-RESP-01", "2026-11-26"));
    }

    @Test
    void C4_seasonalSnoozeEndsWithTheCampaign() {
        assertEquals(LocalDate.parse("2026-07-01"), wakes("R-VAC-COV-01", "2026-06-25"));
        assertEquals(LocalDate.parse("2027-04-01"), wakes("R-VAC-FLU-01", "2027-03-25"));
    }

    @Test
    void C4_onlyDismissalsInForceOnTheDateSnooze() {
        List<Dismissal> dismissals = List.of(
                new Dismissal("R-HTN-03", LocalDate.parse("2026-10-27")),
                new Dismissal("R-LIP-01", LocalDate.parse("2026-10-28")),
                new Dismissal("R-SCR-BOW-01", LocalDate.parse("2026-11-27")));
        assertEquals(Set.of("R-LIP-01"), policy.snoozed(dismissals, LocalDate.parse("2026-11-26")));
    }

    @Test
    void lookBackCoversTheLongestSnooze() {
        assertEquals(LocalDate.parse("2026-10-27"), policy.earliestInForce(LocalDate.parse("2026-11-26")));
    }
}
