package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/**
 * The cancer screening thresholds of clinical-spec §6.6 and §6.9 ({@code screen.bowel},
 * {@code screen.breast}, {@code screen.cervical}). Ages are completed years and both ends are
 * inclusive. A rule fires when nothing is recorded within the interval plus the grace period.
 */
@ConfigMapping(prefix = "everycontact.clinical.screening")
public interface ScreeningParameters {

    Bowel bowel();

    Breast breast();

    Cervical cervical();

    /** R-SCR-BOW-01: ages 50 to 74, home FIT every 24 months, 6 months' grace (S25). */
    interface Bowel {
        @WithDefault("50")
        int ageMin();

        @WithDefault("74")
        int ageMax();

        @WithDefault("24")
        int intervalMonths();

        @WithDefault("6")
        int graceMonths();
    }

    /**
     * R-SCR-BRE-01: from the 53rd birthday (first invitation is by then) to the day before the 71st,
     * every 36 months, 6 months' grace (S26).
     */
    interface Breast {
        @WithDefault("53")
        int ageMin();

        @WithDefault("70")
        int ageMax();

        @WithDefault("36")
        int intervalMonths();

        @WithDefault("6")
        int graceMonths();
    }

    /**
     * R-SCR-CER-01 (S24): ages 25 to 64; by the age at the result, 36 months to 49 and 60 months from
     * 50; 60 months also at 25 to 49 after an HPV-negative clinician-taken sample on or after
     * {@code extendedIntervalFrom} (self-samples stay on 36); 12 months after an HPV-positive result;
     * 6 months' grace.
     */
    interface Cervical {
        @WithDefault("25")
        int ageMin();

        @WithDefault("64")
        int ageMax();

        /** First age, at the date of the result, of the 60-month band. */
        @WithDefault("50")
        int olderBandFrom();

        @WithDefault("36")
        int youngerIntervalMonths();

        @WithDefault("60")
        int olderIntervalMonths();

        @WithDefault("60")
        int hpvNegativeClinicianIntervalMonths();

        /** The date the 5-yearly interval for HPV-negative clinician samples at 25 to 49 began. */
        @WithDefault("2025-07-01")
        LocalDate extendedIntervalFrom();

        @WithDefault("12")
        int hpvPositiveIntervalMonths();

        @WithDefault("6")
        int graceMonths();
    }
}
