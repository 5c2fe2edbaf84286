package org.everycontact.cards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a card dismissed with an override reason stays away for that patient (clinical-spec §7
 * C4, §6.9 {@code cards.snooze_days}).
 */
@ConfigMapping(prefix = "everycontact.cards.snooze")
public interface SnoozeParameters {

    /** Days a dismissed rule is snoozed (§6.9 {@code cards.snooze_days}: 30, design). */
    @WithDefault("30")
    int days();

    /**
     * Days a dismissed flu or COVID-19 rule (or the respiratory bundle) is snoozed, cut short by the
     * end of the campaign in force when it was dismissed (C4: "until next campaign or 14 days"; which
     * of the two wins is U). A value past the campaign's end snoozes for the rest of the campaign.
     */
    @WithDefault("14")
    int seasonalDays();
}
