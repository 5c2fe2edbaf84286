package org.everycontact.cards;

import java.util.Optional;
import org.everycontact.cohorts.CohortProfile;

/**
 * The prioritisation bullet of a card R-PRI-01 lifted (clinical-spec §9.3 bullet 4, §9.4): the area,
 * never the person, for a Core20 neighbourhood with the IMD edition; for a PLUS group only that the
 * patient is prioritised, never which group. It goes in the detail, never in the summary.
 */
final class PrioritisationText {

    private PrioritisationText() {
    }

    /** The bullet for a card of this rule, or empty when the boost did not lift it. */
    static Optional<String> bullet(String ruleId, CohortProfile profile) {
        if (!CardRanking.boosted(ruleId, profile)) {
            return Optional.empty();
        }
        String bullet = "- " + ScreeningCardText.PRIORITISED;
        if (profile.core20()) {
            bullet += " Home postcode is in a neighbourhood in England's most deprived 20% (" + edition(profile)
                    + ", area-based measure); IMD describes neighbourhoods, not individuals.";
        }
        return Optional.of(bullet);
    }

    /** "IMD 2025" for {@code IMD2025}: the edition Core20 was assessed against. */
    private static String edition(CohortProfile profile) {
        return profile.deprivation().index().name().replaceFirst("(\\D+)(\\d+)", "$1 $2");
    }

    /** The detail with the bullet placed before its source line (clinical-spec §9.3 bullet order). */
    static String withBullet(String detail, String bullet) {
        int source = detail.lastIndexOf("\n- Source:");
        return source < 0 ? detail + "\n" + bullet
                : detail.substring(0, source + 1) + bullet + detail.substring(source);
    }
}
