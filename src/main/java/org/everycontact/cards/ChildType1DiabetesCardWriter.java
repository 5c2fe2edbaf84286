package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** Card for R-CYP-DM-01 Type 1 diabetes technology access (clinical-spec §5). */
final class ChildType1DiabetesCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-CYP-DM-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Type 1 diabetes with no insulin pump or real-time CGM recorded — check the specialist team has "
                + "offered them";
    }

    @Override
    public String detail(Finding finding) {
        return "- Type 1 diabetes; no insulin pump or real-time continuous glucose monitor (rtCGM) in the record.\n"
                + "- **Action:** check with the family and the children's diabetes team that rtCGM and an insulin "
                + "pump have been discussed and offered.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + ". " + ScreeningCardText.PRIORITISED
                + " The programme aims to widen access to rtCGM and pumps.\n"
                + "- Source: NHS England Core20PLUS5 for children and young people (diabetes).";
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 CYP: diabetes", ScreeningCardText.CORE20PLUS5_CYP,
                CardTopics.of(ruleId(), "Type 1 diabetes technology"));
    }
}
