package org.everycontact.cards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Tier;

/**
 * The order of a patient's rule cards (clinical-spec §7 C7 with R-PRI-01): R-HTN-02 first, then by the
 * tier of each finding's rule; for a patient prioritised under Core20PLUS5 (Core20 neighbourhood or an
 * active PLUS group) the cards of the hypertension, lipid, SMI, respiratory, screening and vaccination
 * rules rise one tier. Cards of one rank keep the order the finder gave them. Clinical thresholds never
 * change with the boost: only the order does.
 */
final class CardRanking {

    static final String SEVERE_BLOOD_PRESSURE = "R-HTN-02";
    /** The rule families R-PRI-01 lifts. */
    private static final List<String> BOOSTED_FAMILIES = List.of("R-HTN-", "R-LIP-", "R-SMI-", "R-RESP-", "R-SCR-",
            "R-VAC-");

    private CardRanking() {
    }

    /** The findings in card order for this patient. */
    static List<Finding> rank(Opportunities opportunities, CohortProfile profile) {
        List<Finding> ranked = new ArrayList<>(opportunities.findings());
        ranked.sort(Comparator.comparingInt(finding -> rank(finding, opportunities.tier(finding), profile)));
        return ranked;
    }

    /** Whether R-PRI-01 lifts this rule's card for this patient; R-HTN-02 is first whoever the patient is. */
    static boolean boosted(String ruleId, CohortProfile profile) {
        return (profile.core20() || profile.inAnyPlusGroup()) && !SEVERE_BLOOD_PRESSURE.equals(ruleId)
                && BOOSTED_FAMILIES.stream().anyMatch(ruleId::startsWith);
    }

    private static int rank(Finding finding, Tier tier, CohortProfile profile) {
        if (SEVERE_BLOOD_PRESSURE.equals(finding.ruleId())) {
            return -1;
        }
        return tier.ordinal() - (boosted(finding.ruleId(), profile) ? 1 : 0);
    }
}
