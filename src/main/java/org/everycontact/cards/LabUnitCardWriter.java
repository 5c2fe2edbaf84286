package org.everycontact.cards;

import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Data-quality card DQ-LAB-UNIT: cholesterol results in a unit EveryContact cannot read (§8.2, hazard H12). */
final class LabUnitCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "DQ-LAB-UNIT";
    }

    @Override
    public String summary(Finding finding) {
        return "A cholesterol result has a unit EveryContact cannot read — please check the record";
    }

    @Override
    public String detail(Finding finding) {
        StringBuilder detail = new StringBuilder();
        for (Evidence e : finding.evidence()) {
            detail.append("- ").append(e.label()).append(' ').append(e.value()).append(" on ")
                    .append(CardText.date(e.date())).append(": the unit is neither mmol/L nor mg/dL.\n");
        }
        return detail
                + "- It was not compared with any lipid target, so a lipid prompt may be missing; correct the unit "
                + "or repeat the test.\n"
                + "- Source: EveryContact data check (cholesterol is read in mmol/L or mg/dL).";
    }

    @Override
    public Source source() {
        return new Source("EveryContact data check", null, CardTopics.of(ruleId(), "Unreadable laboratory unit"));
    }
}
