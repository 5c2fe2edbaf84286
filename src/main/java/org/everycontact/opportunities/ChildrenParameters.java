package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The children and young people rules of clinical-spec §5 (Core20PLUS5 CYP). Thresholds are local
 * clinical choices, not national standards (U, §12 item 16). Ages are completed years.
 */
@ConfigMapping(prefix = "everycontact.clinical.children")
public interface ChildrenParameters {

    /** The first age that is no longer a child or young person (CYP Core20PLUS5 covers 0 to 17). */
    @WithDefault("18")
    int ageLimit();

    Asthma asthma();

    Diabetes diabetes();

    Epilepsy epilepsy();

    OralHealth oralHealth();

    /** R-CYP-AST-01: {@code cyp.asthma.saba_per_12m} 3 (review) and 6 (priority review) (S46, local). */
    interface Asthma {
        @WithDefault("12")
        int lookbackMonths();

        @WithDefault("3")
        int sabaReview();

        @WithDefault("6")
        int sabaPriority();
    }

    /** R-CYP-DM-02: care processes (HbA1c, BMI, BP, urine ACR) due within this look-back; the list is U. */
    interface Diabetes {
        @WithDefault("12")
        int careProcessLookbackMonths();
    }

    /** R-CYP-EPI-01: epilepsy diagnosed in the first year of care. */
    interface Epilepsy {
        /**
         * The first age no longer covered: 18, or up to 26 to include transition to age 25 (U).
         */
        @WithDefault("18")
        int ageLimit();

        @WithDefault("12")
        int firstYearMonths();

        /**
         * Codes recording epilepsy specialist nurse contact or referral, as {@code system|code}: no
         * national code was verified (U), so the list is local and empty by default.
         */
        Optional<List<String>> specialistNurseCodes();
    }

    /** R-CYP-ORAL-01: oral health signpost under this age. */
    interface OralHealth {
        @WithDefault("10")
        int ageLimit();
    }
}
