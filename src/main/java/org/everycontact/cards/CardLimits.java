package org.everycontact.cards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Alert-fatigue limits of clinical-spec §7 (§6.9 {@code cards.max_per_hook}). */
@ConfigMapping(prefix = "everycontact.cards")
public interface CardLimits {

    /** Rule cards shown per hook call, 1 to 5 (C1); the rest go into one "n more opportunities" card. */
    @WithDefault("3")
    int maxPerHook();
}
