package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The vaccination parameters of clinical-spec §6.5 and §6.9: dated, signed-off campaign windows for
 * the seasonal programmes (so that next season is a configuration change, C6) and the dated
 * eligibility changes of the year-round programmes. Each default is the spec's; a deployment changes
 * them only with its clinical safety officer's sign-off (hazard H03).
 */
@ConfigMapping(prefix = "everycontact.clinical.vaccines")
public interface VaccineParameters {

    /**
     * Seasonal campaigns by name (e.g. {@code flu-2026-27}), configured in application.properties. A
     * flu or COVID-19 rule is silent unless a signed-off campaign of its programme covers the as-of date
     * (C6): there is deliberately no autumn 2026 COVID-19 campaign (U, T-VAC-13).
     */
    Map<String, Campaign> campaigns();

    /** Months an asthma patient's inhaled or oral steroid issue counts for the risk groups (design). */
    @WithDefault("12")
    int asthmaSteroidMonths();

    /**
     * Months a declined or contraindicated code suppresses a once-only vaccine (pneumococcal, shingles,
     * RSV) before it is offered again: design decision needing CSO sign-off (clinical-spec §6.5) (U).
     */
    @WithDefault("12")
    int onceOnlyDeclinedMonths();

    Flu flu();

    Covid covid();

    Pneumococcal pneumococcal();

    Shingles shingles();

    Rsv rsv();

    /** The seasonal programmes run as campaigns. */
    enum Programme { FLU, COVID }

    /** One seasonal campaign (clinical-spec §6.9 {@code flu.season}, {@code covid.campaign}). */
    interface Campaign {

        Programme programme();

        /** Shown in cards: "2026/27", "spring 2026". */
        String label();

        /** First day for adults (flu 2026/27: 2026-10-01). */
        LocalDate start();

        /** First day for children and pregnant women where earlier than {@link #start()} (flu: 2026-09-01). */
        Optional<LocalDate> earlyStart();

        /** Last day, inclusive (flu 2026/27: 2027-03-31, U). */
        LocalDate end();

        /** The date the age threshold is judged on (flu: 65 by 31 Mar 2027, U; COVID: end of campaign, U). */
        LocalDate ageAnchor();

        /** Age from which everyone is eligible (flu 65, COVID-19 75). */
        int eligibleAge();

        /** Flu: children aged 2 or 3 on this date are in the GP-delivered cohort (31 Aug 2026). */
        Optional<LocalDate> childAgeAnchor();

        /** Whether the clinical safety officer signed this campaign off; an unsigned campaign is silent. */
        boolean signedOff();

        /** The sign-off reference (document, date, officer), for audit. */
        Optional<String> signOff();

        /** The first day anyone may be offered the vaccine: vaccinations and declines count from here. */
        default LocalDate opens() {
            return earlyStart().filter(d -> d.isBefore(start())).orElse(start());
        }

        default boolean covers(LocalDate date) {
            return !date.isBefore(opens()) && !date.isAfter(end());
        }
    }

    /** R-VAC-FLU-01 (Green Book ch.19; S16). */
    interface Flu {
        /** From this age the adult start date applies; younger eligible people start with pregnant women. */
        @WithDefault("18")
        int adultAge();

        /** Clinical risk groups are eligible from 6 months of age. */
        @WithDefault("6")
        int riskGroupMinAgeMonths();

        /** GP-delivered children's cohort: aged 2 or 3 on the campaign's child age anchor. */
        @WithDefault("2")
        int childAgeMin();

        @WithDefault("3")
        int childAgeMax();

        /** A pregnancy code in the last n months, not ended by a delivery or loss code, means pregnant now (design). */
        @WithDefault("9")
        int pregnancyMonths();

        /** Morbid obesity: latest BMI at or above this, adults only. */
        @WithDefault("40")
        int severeObesityBmi();
    }

    /** R-VAC-COV-01 (S18, S19). */
    interface Covid {
        /** Immunosuppressed people are eligible from 6 months of age. */
        @WithDefault("6")
        int immunosuppressedMinAgeMonths();
    }

    /** R-VAC-PNEU-01 (Green Book ch.25; S22, S23). */
    interface Pneumococcal {
        @WithDefault("65")
        int routineAge();

        @WithDefault("2")
        int riskGroupMinAge();

        /**
         * Whether a dose given before the routine age (for a risk group) satisfies the routine offer.
         * The Green Book's routine programme is one dose at 65 or over, so false (U).
         */
        @WithDefault("false")
        boolean doseBeforeRoutineAgeCounts();

        /** Asthma counts only with repeated systemic steroids: this many oral steroid issues in the steroid window (design, U). */
        @WithDefault("2")
        int asthmaOralSteroidIssues();
    }

    /** R-VAC-SHG-01 (Green Book ch.28a; S21). */
    interface Shingles {
        /** Immunocompetent: eligible on turning this age ... */
        @WithDefault("65")
        int turningAge();

        /** ... if that birthday is on or after this date (programme start). */
        @WithDefault("2023-09-01")
        LocalDate turningFrom();

        /** Immunocompetent catch-up from this age regardless of when they turned 65. */
        @WithDefault("70")
        int catchUpAge();

        /** Immunocompetent eligibility ends at this birthday. */
        @WithDefault("80")
        int upperAge();

        /** Immunosuppression recorded: minimum age from {@link #immunosuppressedExtendedFrom()} ... */
        @WithDefault("18")
        int immunosuppressedMinAge();

        @WithDefault("2025-09-01")
        LocalDate immunosuppressedExtendedFrom();

        /** ... and before it. No upper age limit (U). */
        @WithDefault("50")
        int immunosuppressedMinAgeBefore();

        /** Second dose due this many weeks after the first when immunosuppressed. */
        @WithDefault("8")
        int immunosuppressedSecondDoseWeeks();

        /** Second dose due this many months after the first when immunocompetent (U). */
        @WithDefault("6")
        int immunocompetentSecondDoseMonths();
    }

    /** R-VAC-RSV-01 (S20). */
    interface Rsv {
        @WithDefault("75")
        int ageMin();

        /** Before {@link #extendedFrom()} eligibility ended at this birthday. */
        @WithDefault("80")
        int upperAgeBeforeExtension();

        /** From this date people aged 80 or over and older-adult care home residents are eligible. */
        @WithDefault("2026-04-01")
        LocalDate extendedFrom();
    }
}
