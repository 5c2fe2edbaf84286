package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.HealthyWeight;

/**
 * Card for R-MECC-WT-01 Healthy weight (clinical-spec §6.7, §9.2 healthy weight; NICE NG246): ask
 * permission every time. The ethnic group behind a lower threshold is never named, only the threshold.
 */
final class HealthyWeightCardWriter implements RuleCardWriter {

    private static final String ASK = "\"Would it be OK to talk about your weight today?\" (permission first, "
            + "every time).";

    @Override
    public String ruleId() {
        return HealthyWeight.ID;
    }

    private static boolean measure(Finding finding) {
        return HealthyWeight.MEASURE.equals(CardText.value(finding, HealthyWeight.PROMPT));
    }

    @Override
    public String summary(Finding finding) {
        if (measure(finding)) {
            return "No BMI recorded for over " + LifestyleCardText.period(CardText.value(finding, HealthyWeight.LOOKBACK))
                    + " — consider measuring height and weight";
        }
        Evidence bmi = LifestyleCardText.find(finding, HealthyWeight.BMI).orElseThrow();
        return "BMI " + bmi.value() + " (" + CardText.date(bmi.date())
                + ") — ask permission to talk about weight; offer weight-management support";
    }

    @Override
    public String detail(Finding finding) {
        String age = CardText.value(finding, HealthyWeight.AGE);
        if (measure(finding)) {
            String period = LifestyleCardText.period(CardText.value(finding, HealthyWeight.LOOKBACK));
            String facts = LifestyleCardText.find(finding, HealthyWeight.LAST_BMI)
                    .map(e -> "Last BMI recorded " + CardText.date(e.date()) + "; none in the last " + period)
                    .orElse("No BMI in the record");
            return "- " + facts + ".\n"
                    + LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE, ASK,
                            "if the BMI is raised, explain the health risk without judgement.",
                            "measure height and weight and record the BMI; if it is raised, offer a "
                                    + "weight-management referral and record the referral or decline.")
                    + "- Why: aged " + age + "; BMI is part of the NHS Health Check for people aged "
                    + CardText.value(finding, HealthyWeight.MEASURE_AGES) + ".\n"
                    + "- Source: NICE NG246 Overweight and obesity management; NHS Health Check.";
        }
        Evidence bmi = LifestyleCardText.find(finding, HealthyWeight.BMI).orElseThrow();
        String threshold = CardText.value(finding, HealthyWeight.THRESHOLD);
        boolean lower = LifestyleCardText.find(finding, HealthyWeight.LOWER_THRESHOLD)
                .isPresent();
        return "- BMI " + bmi.value() + " kg/m² on " + CardText.date(bmi.date()) + " (threshold " + threshold + ").\n"
                + LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE, ASK,
                        "explain the health risk without judgement"
                                + (lower ? ", including that some ethnic groups carry a higher risk at a lower BMI" : "")
                                + "; do not put the presenting complaint down to weight.",
                        "offer referral to a weight-management programme; record the BMI and the referral or "
                                + "decline.")
                + "- Why: aged " + age + "; BMI at or above " + threshold
                + (lower ? ", the lower NICE action threshold that applies to the recorded ethnic group" : "")
                + ".\n"
                + "- Source: NICE NG246 Overweight and obesity management (2025).";
    }

    @Override
    public Source source() {
        return new Source("NICE NG246", LifestyleCardText.NG246, CardTopics.of(ruleId(), "Healthy weight"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.WEIGHT_MANAGEMENT);
    }
}
