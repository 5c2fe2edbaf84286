package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The named thresholds of clinical-spec §6.9. Each default is the spec's; a deployment changes them
 * only with its clinical safety officer's sign-off.
 */
@ConfigMapping(prefix = "everycontact.clinical")
public interface ClinicalParameters {

    BpScreen bpScreen();

    /** R-HTN-03: {@code bp.screen.age_min} and {@code bp.screen.lookback_months} (QOF BP002). */
    interface BpScreen {
        /** 45 per QOF BP002; 18 turns on the optional local extension to adults 18 to 44 (spec: U). */
        @WithDefault("45")
        int ageMin();

        @WithDefault("60")
        int lookbackMonths();
    }
}
