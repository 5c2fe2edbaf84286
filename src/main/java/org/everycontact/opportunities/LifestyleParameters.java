package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The named thresholds and look-backs of the SMI physical health check (R-SMI-01, clinical-spec §6.4)
 * and the MECC lifestyle rules (R-MECC-*, §6.7, §6.9). Each default is the spec's; a deployment
 * changes them only with its clinical safety officer's sign-off. Values the spec marks unverified
 * are marked (U).
 */
@ConfigMapping(prefix = "everycontact.clinical.lifestyle")
public interface LifestyleParameters {

    Smi smi();

    Smoking smoking();

    Alcohol alcohol();

    Weight weight();

    Activity activity();

    /** R-SMI-01: the six elements in 12 months; lipids 24 months for the low-risk (QOF MH011). */
    interface Smi {
        /** {@code smi.lipid_lookback_months} 12 and every other element's look-back. */
        @WithDefault("12")
        int lookbackMonths();

        /** Lipid look-back when none of the MH011 risk factors applies. */
        @WithDefault("24")
        int lowRiskLipidLookbackMonths();

        /** An antipsychotic issued in this many months is an MH011 risk factor. */
        @WithDefault("6")
        int antipsychoticMonths();

        /** Overweight for the lipid rule: BMI at or above this when ethnicity is white or unknown. */
        @WithDefault("25")
        BigDecimal overweightBmi();

        /** Overweight for the lipid rule: BMI at or above this when the recorded ethnicity is not white. */
        @WithDefault("23")
        BigDecimal overweightBmiNotWhite();
    }

    /** R-MECC-SMK-01 (QOF SMOK002/SMOK004 pattern, NICE IND98). */
    interface Smoking {
        /** (U) QOF SMOK004 uses 15 and over; 2026/27 wording unverified. */
        @WithDefault("15")
        int ageMin();

        /** (U) No support offered in this many months (SMOK004 pattern). */
        @WithDefault("24")
        int supportLookbackMonths();

        /** No support offered in this many months, for people with a listed long-term condition (IND98). */
        @WithDefault("12")
        int conditionSupportLookbackMonths();

        /** No smoking status in this many months, for people with a listed long-term condition (SMOK002). */
        @WithDefault("12")
        int conditionStatusLookbackMonths();
    }

    /** R-MECC-ALC-01: {@code audit_c.positive} and {@code audit.bands} (gov.uk alcohol guidance). */
    interface Alcohol {
        @WithDefault("18")
        int ageMin();

        /** Trigger A: no AUDIT-C, AUDIT or alcohol status in this many months (design: Health Check cycle). */
        @WithDefault("60")
        int screenLookbackMonths();

        /** Trigger A for people on the SMI register (QOF MH007). */
        @WithDefault("12")
        int smiScreenLookbackMonths();

        /** Triggers B and C read AUDIT-C and AUDIT scores from this many months. */
        @WithDefault("12")
        int resultLookbackMonths();

        /** {@code audit_c.positive}: AUDIT-C at or above this asks for the full AUDIT. */
        @WithDefault("5")
        int auditCPositive();

        /** AUDIT increasing-risk band from this score (8 to 15). */
        @WithDefault("8")
        int increasingRiskFrom();

        /** AUDIT higher-risk band from this score (16 to 19). */
        @WithDefault("16")
        int higherRiskFrom();

        /** AUDIT possible-dependence band from this score (20 or more): no brief advice, specialist assessment. */
        @WithDefault("20")
        int possibleDependenceFrom();
    }

    /** R-MECC-WT-01: {@code bmi.obese} 30, 27.5 for Black and Asian groups (NICE NG246). */
    interface Weight {
        @WithDefault("18")
        int ageMin();

        /** The latest BMI is read from this many months. */
        @WithDefault("24")
        int bmiLookbackMonths();

        /** The general threshold; also for an unknown ethnic group. */
        @WithDefault("30")
        BigDecimal obeseBmi();

        /** For the asian and black groups. */
        @WithDefault("27.5")
        BigDecimal obeseBmiAsianBlack();

        /** (U) For the mixed and other groups (clinical judgement): the general threshold unless signed off. */
        @WithDefault("30")
        BigDecimal obeseBmiMixedOther();

        /** No BMI in {@code noBmiLookbackMonths} prompts a measurement from this age (NHS Health Check ages). */
        @WithDefault("40")
        int noBmiAgeMin();

        @WithDefault("74")
        int noBmiAgeMax();

        @WithDefault("60")
        int noBmiLookbackMonths();
    }

    /** R-MECC-PA-01 (design decision, low priority; UK CMO guidelines). */
    interface Activity {
        @WithDefault("18")
        int ageMin();

        @WithDefault("36")
        int lookbackMonths();
    }
}
