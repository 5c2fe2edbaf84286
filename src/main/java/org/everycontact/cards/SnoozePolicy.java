package org.everycontact.cards;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.everycontact.opportunities.VaccineParameters;
import org.everycontact.opportunities.VaccineParameters.Campaign;
import org.everycontact.opportunities.VaccineParameters.Programme;

/**
 * Which rules are snoozed for a patient on a date, from the cards the clinician dismissed with an
 * override reason (clinical-spec §7 C4). A dismissal counts from the as-of date of the card, the
 * service's own date, so that a client's clock cannot stretch a snooze. Seasonal rules (flu, COVID-19,
 * the respiratory bundle) are snoozed for a shorter time that never runs past the end of the campaign
 * in force, so a new campaign always prompts afresh.
 */
@Singleton
public class SnoozePolicy {

    /** The seasonal rules and the campaign programmes whose end cuts their snooze short. */
    private static final Map<String, Set<Programme>> SEASONAL = Map.of(
            "R-VAC-FLU-01", Set.of(Programme.FLU),
            "R-VAC-COV-01", Set.of(Programme.COVID),
            "R-RESP-01", Set.of(Programme.FLU, Programme.COVID));

    private final SnoozeParameters parameters;
    private final Collection<Campaign> campaigns;

    public SnoozePolicy(SnoozeParameters parameters, VaccineParameters vaccines) {
        this.parameters = parameters;
        this.campaigns = vaccines.campaigns().values();
    }

    /** The earliest issue date of a dismissal that can still snooze a rule on {@code asOf}. */
    public LocalDate earliestInForce(LocalDate asOf) {
        return asOf.minusDays(Math.max(parameters.days(), parameters.seasonalDays()));
    }

    /** The rule ids snoozed on {@code asOf}. */
    public Set<String> snoozed(Collection<Dismissal> dismissals, LocalDate asOf) {
        return dismissals.stream()
                .filter(d -> !asOf.isBefore(d.issuedOn()) && asOf.isBefore(wakes(d)))
                .map(Dismissal::ruleId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The first day the dismissed rule may show a card again. */
    public LocalDate wakes(Dismissal dismissal) {
        Set<Programme> programmes = SEASONAL.get(dismissal.ruleId());
        if (programmes == null) {
            return dismissal.issuedOn().plusDays(parameters.days());
        }
        LocalDate wakes = dismissal.issuedOn().plusDays(parameters.seasonalDays());
        return campaigns.stream()
                .filter(c -> programmes.contains(c.programme()) && c.signedOff() && c.covers(dismissal.issuedOn()))
                .map(c -> c.end().plusDays(1))
                .max(LocalDate::compareTo)
                .filter(afterCampaign -> afterCampaign.isBefore(wakes))
                .orElse(wakes);
    }
}
