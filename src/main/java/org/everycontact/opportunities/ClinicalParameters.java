package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The named thresholds of clinical-spec §6.9. Each default is the spec's; a deployment changes them
 * only with its clinical safety officer's sign-off.
 */
@ConfigMapping(prefix = "everycontact.clinical")
public interface ClinicalParameters {

    /**
     * The version of the clinical configuration as a whole (everything under
     * {@code everycontact.clinical}), reported in every assessment so that each prompt can be traced to
     * the parameters in force. Change it with every change of a clinical parameter.
     */
    @WithDefault("2026.11.0")
    String version();

    /** Who signed this version off (the deployment's clinical safety officer); absent while unsigned. */
    Optional<String> signedOffBy();

    /**
     * QOF indicator sets by QOF year, each with its effective-from date and sign-off (clinical-spec
     * §6.1 "store IDs as config", T-CFG-01). Defaults in application.properties.
     */
    Map<String, QofEdition> qofEditions();

    BpScreen bpScreen();

    BpClinicRaised bpClinicRaised();

    BpSevere bpSevere();

    BpTarget bpTarget();

    /** R-HTN-03: {@code bp.screen.age_min} and {@code bp.screen.lookback_months} (QOF BP002). */
    interface BpScreen {
        /** 45 per QOF BP002; 18 turns on the optional local extension to adults 18 to 44 (spec: U). */
        @WithDefault("45")
        int ageMin();

        @WithDefault("60")
        int lookbackMonths();
    }

    /**
     * R-HTN-01: {@code bp.clinic.raised} 140/90 (NICE NG136), adults from 18, the latest clinic reading
     * in 24 months; BP declined in 12 months and pregnancy in 9 months suppress it.
     */
    interface BpClinicRaised {
        @WithDefault("140")
        int systolic();

        @WithDefault("90")
        int diastolic();

        @WithDefault("18")
        int ageMin();

        @WithDefault("24")
        int lookbackMonths();

        @WithDefault("12")
        int declinedMonths();

        @WithDefault("9")
        int pregnancyMonths();
    }

    /** R-HTN-02: {@code bp.severe} 180/120, stale (not shown) after 14 days (NICE NG136; design). */
    interface BpSevere {
        @WithDefault("180")
        int systolic();

        @WithDefault("120")
        int diastolic();

        @WithDefault("14")
        int staleAfterDays();

        @WithDefault("18")
        int ageMin();
    }

    /**
     * R-HTN-04: {@code bp.target.u80} (clinic 140/90, home/ABPM 135/85) and
     * {@code bp.target.80plus_or_frail} (clinic 150/90, home/ABPM 145/85) from age 80; the latest
     * blood pressure in 12 months is judged. A reading equal to the target is at target.
     */
    interface BpTarget {
        @WithDefault("80")
        int olderAgeFrom();

        @WithDefault("12")
        int lookbackMonths();

        @WithDefault("140")
        int under80ClinicSystolic();

        @WithDefault("90")
        int under80ClinicDiastolic();

        @WithDefault("135")
        int under80HomeSystolic();

        @WithDefault("85")
        int under80HomeDiastolic();

        @WithDefault("150")
        int olderClinicSystolic();

        @WithDefault("90")
        int olderClinicDiastolic();

        @WithDefault("145")
        int olderHomeSystolic();

        @WithDefault("85")
        int olderHomeDiastolic();
    }

    /**
     * One QOF year's indicator ids, keyed by what they measure ({@code bp-recorded},
     * {@code bp-target-under-80}, {@code bp-target-80-plus}). Only a signed-off edition is used; the
     * latest one in effect at the as-of date wins.
     */
    interface QofEdition {
        /** As QOF names the year, e.g. {@code 2025/26}. */
        String label();

        LocalDate effectiveFrom();

        boolean signedOff();

        Map<String, String> indicators();
    }
}
