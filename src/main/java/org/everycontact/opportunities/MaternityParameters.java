package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import org.everycontact.cohorts.EthnicGroup;

/**
 * R-MAT-01 maternity continuity of carer (clinical-spec §6.8, §6.9 {@code maternity.coc.imd_deciles}).
 */
@ConfigMapping(prefix = "everycontact.clinical.maternity")
public interface MaternityParameters {

    /** National IMD deciles prioritised for continuity of carer: the most deprived 10% (S27). */
    @WithDefault("1")
    Set<Integer> imdDeciles();

    /** Ethnic groups prioritised for continuity of carer (S27); Chinese counts as Asian only as cohorts decide (U). */
    @WithDefault("black,asian,mixed")
    Set<EthnicGroup> ethnicGroups();

    /** "Pregnant" = a pregnancy code in the last 8.5 months (PRIMIS PREG), as days: 8.5 × 30.44. */
    @WithDefault("259")
    int pregnancyLookbackDays();
}
