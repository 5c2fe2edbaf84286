package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** Card for R-CYP-DM-02 Type 2 diabetes annual health checks (clinical-spec §5). */
final class ChildType2DiabetesCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-CYP-DM-02";
    }

    @Override
    public String summary(Finding finding) {
        return "Type 2 diabetes: " + CardText.value(finding, "Missing count") + " of "
                + CardText.value(finding, "Checks") + " annual checks due (" + CardText.value(finding, "Missing")
                + ") — arrange them";
    }

    @Override
    public String detail(Finding finding) {
        return "- Not recorded in the last " + CardText.value(finding, "Look-back (months)") + " months: "
                + CardText.value(finding, "Missing") + ".\n"
                + "- **Action:** arrange the missing checks (HbA1c, BMI, blood pressure, urine albumin:creatinine "
                + "ratio) with the children's diabetes team or the practice.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; children and young people with type 2 "
                + "diabetes should have annual health checks.\n"
                + "- Source: NHS England Core20PLUS5 for children and young people (diabetes).";
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 CYP: diabetes", ScreeningCardText.CORE20PLUS5_CYP,
                CardTopics.of(ruleId(), "Type 2 diabetes annual checks"));
    }
}
