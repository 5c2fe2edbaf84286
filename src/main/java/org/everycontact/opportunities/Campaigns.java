package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.everycontact.opportunities.VaccineParameters.Campaign;
import org.everycontact.opportunities.VaccineParameters.Programme;

/**
 * The configured seasonal campaigns (clinical-spec §6.9, C6): which one, if any, a flu or COVID-19
 * rule may act in on a date. Only a signed-off campaign counts; without one the rule is silent (H03).
 */
final class Campaigns {

    private final Map<String, Campaign> campaigns;

    Campaigns(Map<String, Campaign> campaigns) {
        this.campaigns = Map.copyOf(campaigns);
    }

    /** The signed-off campaign of the programme open on the date; the latest opened if several overlap. */
    Optional<Campaign> covering(Programme programme, LocalDate date) {
        return campaigns.values().stream()
                .filter(c -> c.programme() == programme && c.signedOff() && c.covers(date))
                .max(Comparator.comparing(Campaign::opens));
    }
}
