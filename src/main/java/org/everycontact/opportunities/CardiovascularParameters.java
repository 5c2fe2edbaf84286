package org.everycontact.opportunities;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Period;

/**
 * The named thresholds of the cardiovascular rules (clinical-spec §6.1 to §6.3, §6.9): lipids
 * (R-LIP-01 to R-LIP-03 and the lab-unit check), the NHS Health Check (R-NHC-01) and the
 * hypertension exclusions the blood-pressure parameters do not cover. Each default is the spec's;
 * values marked (U) are unverified in the spec and a deployment changes any of them only with its
 * clinical safety officer's sign-off.
 */
@ConfigMapping(prefix = "everycontact.clinical.cardiovascular")
public interface CardiovascularParameters {

    Lipids lipids();

    HealthCheck healthCheck();

    Hypertension hypertension();

    /** R-LIP-01, R-LIP-02, R-LIP-03 and DQ-LAB-UNIT. */
    interface Lipids {
        /** "No statin issued in the last 6 months" (QOF CHOL003). */
        @WithDefault("6")
        int statinLookbackMonths();

        /** Alternative lipid-lowering therapy issued in the last 6 months (QOF CHOL003). */
        @WithDefault("6")
        int alternativeLookbackMonths();

        /** R-LIP-03: a statin declined or contraindicated code in the last 12 months suppresses it. */
        @WithDefault("12")
        int statinDeclinedMonths();

        /** Pregnancy recorded in the last 8.5 months (PRIMIS PREG; hazard H13), as an ISO-8601 period. */
        @WithDefault("P8M15D")
        Period pregnancyLookback();

        /** R-LIP-01: CKD stage 3 to 5 counts from age 18. */
        @WithDefault("18")
        int ckdAgeMin();

        /** {@code lipid.secondary.ldl_max}: LDL cholesterol above this (mmol/L) is above target (NICE QS100). */
        @WithDefault("2.0")
        BigDecimal ldlMax();

        /** {@code lipid.secondary.nonhdl_max}: non-HDL cholesterol above this (mmol/L) is above target. */
        @WithDefault("2.6")
        BigDecimal nonHdlMax();

        /** R-LIP-02 and DQ-LAB-UNIT: results in the last 12 months count. */
        @WithDefault("12")
        int lipidLookbackMonths();

        /** Cholesterol mg/dL to mmol/L: divide by 38.67 (clinical-spec §8.2). */
        @WithDefault("38.67")
        BigDecimal cholesterolMgPerDlPerMmolPerL();

        /** {@code qrisk.primary_threshold}: QRISK3 10-year risk at or above 10% (NICE NG238). */
        @WithDefault("10")
        BigDecimal qriskThreshold();

        /** R-LIP-03: the latest QRISK score in the last 5 years counts. */
        @WithDefault("60")
        int qriskLookbackMonths();

        /** QRISK3 is validated from age 25 to 84 (NICE NG238 1.1.7). */
        @WithDefault("25")
        int primaryAgeMin();

        @WithDefault("84")
        int primaryAgeMax();
    }

    /** R-NHC-01: {@code nhc.age_range} 40 to 74 and {@code nhc.interval_months} 60 (NHS Health Check). */
    interface HealthCheck {
        @WithDefault("40")
        int ageMin();

        @WithDefault("74")
        int ageMax();

        @WithDefault("60")
        int intervalMonths();

        /** "Currently prescribed a statin": a statin issued in the last 6 months. */
        @WithDefault("6")
        int statinLookbackMonths();

        /** A previous 10-year CVD risk at or above 20% makes the patient ineligible. */
        @WithDefault("20")
        BigDecimal highRiskThreshold();

        /** (U) Whether a CKD stage 1 or 2 code also excludes (the spec leaves this open); off by default. */
        @WithDefault("false")
        boolean ckdStages1And2Exclude();
    }

    /** The hypertension exclusions added to R-HTN-01 and R-HTN-04. */
    interface Hypertension {
        /**
         * (U) R-HTN-04 frailty gate: a moderate or severe frailty code (ever) gives the age-80 targets
         * (clinic 150/90, home/ABPM 145/85) at any age.
         */
        @WithDefault("true")
        boolean frailtyGate();

        /** (U) R-HTN-04: maximal tolerated antihypertensive therapy (HTMAX_COD) recorded in the last 12 months. */
        @WithDefault("12")
        int maximalTherapyMonths();
    }
}
