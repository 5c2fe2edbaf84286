package org.everycontact.hooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Date filters and page sizes of the prefetch templates. Look-backs must cover the longest rule
 * look-back for that resource type (clinical-spec §6.9), or absence rules would misfire.
 */
@ConfigMapping(prefix = "everycontact.prefetch")
public interface PrefetchConfig {

    /** Observations: 60-month BP, screening and Health Check look-backs plus 6 months' grace. */
    @WithDefault("66")
    int observationLookbackMonths();

    /** MedicationRequests and Encounters. */
    @WithDefault("24")
    int recentLookbackMonths();

    /** {@code _count}: the page size asked for; a client may page below it. */
    @WithDefault("200")
    int pageSize();
}
