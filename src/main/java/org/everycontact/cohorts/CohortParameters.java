package org.everycontact.cohorts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * Which cohorts EveryContact looks for. PLUS groups are chosen locally by each ICS (clinical-spec
 * §3.5); this is one list for the deployment, and configuration per ICB is still to come.
 */
@ConfigMapping(prefix = "everycontact.cohorts")
public interface CohortParameters {

    /**
     * Treat 2001-census code R (Chinese, under "Other ethnic groups") as Asian, as the 2021 census
     * does. The spec author's recommendation, graded <b>U</b>: needs clinical sign-off (§3.4).
     */
    @WithDefault("true")
    boolean chineseAsAsian();

    /** The active PLUS groups, by {@link PlusGroup#id()}. */
    @WithDefault("learning-disability,autism,homeless,carer,care-home,gypsy-roma-traveller,ethnic-minority")
    Set<PlusGroup> plusGroups();
}
