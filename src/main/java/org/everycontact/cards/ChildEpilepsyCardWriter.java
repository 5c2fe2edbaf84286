package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** Card for R-CYP-EPI-01 Epilepsy specialist nurse in the first year of care (clinical-spec §5). */
final class ChildEpilepsyCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-CYP-EPI-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Epilepsy diagnosed in the last year, no specialist nurse contact recorded — check referral";
    }

    @Override
    public String detail(Finding finding) {
        String diagnosed = finding.evidence().stream().filter(e -> "Epilepsy first recorded".equals(e.label()))
                .map(e -> CardText.date(e.date())).findFirst().orElseThrow();
        return "- Epilepsy first recorded " + diagnosed + "; no epilepsy specialist nurse contact or referral "
                + "recorded.\n"
                + "- **Action:** check that an epilepsy specialist nurse is involved, or refer through the "
                + "paediatric epilepsy service.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; a learning disability or autism is recorded, "
                + "and specialist nurse access in the first year of care is a Core20PLUS5 priority.\n"
                + "- Source: NHS England Core20PLUS5 for children and young people (epilepsy).";
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 CYP: epilepsy", ScreeningCardText.CORE20PLUS5_CYP,
                CardTopics.of(ruleId(), "Epilepsy specialist nurse"));
    }
}
