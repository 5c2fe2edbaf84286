package org.everycontact.cards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.everycontact.cohorts.Cohort;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.EthnicGroup;
import org.everycontact.cohorts.Ethnicity;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationStatus;
import org.everycontact.deprivation.IndexEdition;
import org.everycontact.deprivation.Nation;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.PhysicalActivity;
import org.everycontact.opportunities.SmiHealthCheck;
import org.everycontact.opportunities.SmokingVeryBriefAdvice;
import org.everycontact.opportunities.Tier;

/**
 * Findings as the rules write them (rule id, evidence labels and values) and cohort profiles, for
 * composing cards without the service: the cards part's golden tests.
 */
final class CardFixtures {

    private CardFixtures() {
    }

    static Finding severeBloodPressure() {
        return new Finding("R-HTN-02", List.of(new Evidence("Clinic blood pressure", "186/122",
                LocalDate.of(2026, 11, 20)), Evidence.valued("Threshold", "180/120"),
                Evidence.valued("Stale after (days)", "14")));
    }

    static Finding noBloodPressure() {
        return new Finding("R-HTN-03", List.of(Evidence.dated("Last blood pressure", LocalDate.of(2019, 3, 14)),
                Evidence.valued("Age", "58"), Evidence.valued("Look-back (months)", "60"),
                Evidence.valued("Minimum age", "45")));
    }

    static Finding smiHealthCheck() {
        return new Finding(SmiHealthCheck.ID, List.of(
                Evidence.valued(SmiHealthCheck.CHECKS_DUE, "lipids, HbA1c/glucose, alcohol"),
                Evidence.statement(SmiHealthCheck.DUE + "lipids"),
                Evidence.dated(SmiHealthCheck.DUE + "HbA1c/glucose", LocalDate.of(2024, 6, 1)),
                Evidence.statement(SmiHealthCheck.DUE + "alcohol"),
                new Evidence(SmiHealthCheck.RECORDED + "blood pressure", "128/80", LocalDate.of(2026, 5, 1)),
                Evidence.valued(SmiHealthCheck.LOOKBACK, "12"), Evidence.valued(SmiHealthCheck.LIPID_LOOKBACK, "24")));
    }

    static Finding bowelScreening() {
        return new Finding("R-SCR-BOW-01", List.of(Evidence.dated("Last bowel screening", LocalDate.of(2023, 2, 1)),
                Evidence.valued("Age", "58"), Evidence.valued("Look-back (months)", "30"),
                Evidence.valued("Interval (months)", "24")));
    }

    static Finding rsvVaccine() {
        return new Finding("R-VAC-RSV-01", List.of(Evidence.valued("Age", "82"),
                Evidence.valued("Eligible as", "aged 75 or over"), Evidence.dated("Eligible since", LocalDate.of(2026, 4, 1))));
    }

    static Finding smoking() {
        return new Finding(SmokingVeryBriefAdvice.ID, List.of(
                Evidence.valued(SmokingVeryBriefAdvice.PROMPT, SmokingVeryBriefAdvice.OFFER_SUPPORT),
                new Evidence(SmokingVeryBriefAdvice.LAST_STATUS, "Smoker", LocalDate.of(2026, 5, 1)),
                Evidence.valued(SmokingVeryBriefAdvice.SUPPORT_LOOKBACK, "24"),
                Evidence.valued(SmokingVeryBriefAdvice.AGE, "58")));
    }

    static Finding physicalActivity() {
        return new Finding(PhysicalActivity.ID, List.of(Evidence.valued(PhysicalActivity.LOOKBACK, "36"),
                Evidence.valued(PhysicalActivity.AGE, "58")));
    }

    static Finding unreadableLabUnit() {
        return new Finding("DQ-LAB-UNIT", List.of(new Evidence("LDL cholesterol", "3.1 %", LocalDate.of(2026, 5, 1))));
    }

    /** The tier each fixture's rule ranks in, as the rules declare it. */
    private static final Map<String, Tier> TIERS = Map.of("R-HTN-02", Tier.SAFETY, "R-HTN-03", Tier.CLINICAL_AREA,
            SmiHealthCheck.ID, Tier.CLINICAL_AREA, "R-SCR-BOW-01", Tier.CLINICAL_AREA,
            "R-VAC-RSV-01", Tier.OTHER_VACCINE, SmokingVeryBriefAdvice.ID, Tier.LIFESTYLE,
            PhysicalActivity.ID, Tier.LIFESTYLE, "DQ-LAB-UNIT", Tier.DATA_QUALITY);

    /** The findings in the order the finder gives them (by tier, then as its rules are listed). */
    static Opportunities opportunities(Finding... findings) {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        for (Finding finding : findings) {
            tiers.put(finding.ruleId(), TIERS.get(finding.ruleId()));
        }
        return new Opportunities(List.of(findings), tiers, List.of());
    }

    /** Home postcode in an IMD 2025 decile 1 neighbourhood; no PLUS group. */
    static CohortProfile core20() {
        return new CohortProfile(unknownEthnicity(), neighbourhood(1, true),
                List.of(new Cohort(Cohort.CORE20, List.of("IMD2025 decile 1 (LSOA E01006109)"))));
    }

    /** In a locally configured sensitive PLUS group, living in a decile 6 neighbourhood. */
    static CohortProfile plusOnly() {
        return new CohortProfile(unknownEthnicity(), neighbourhood(6, false),
                List.of(new Cohort(Cohort.LOCAL, List.of(Cohort.LOCAL_EVIDENCE))));
    }

    /** Decile 6 neighbourhood, no PLUS group. */
    static CohortProfile notPrioritised() {
        return new CohortProfile(unknownEthnicity(), neighbourhood(6, false), List.of());
    }

    private static Ethnicity unknownEthnicity() {
        return new Ethnicity(EthnicGroup.UNKNOWN, false, null);
    }

    private static Deprivation neighbourhood(int decile, boolean core20) {
        return new Deprivation(DeprivationStatus.FOUND, -1, null, "E01006109", 2021, null, Nation.ENGLAND,
                IndexEdition.IMD2025, 1026, decile, (decile + 1) / 2, core20, false, false, null, null);
    }
}
