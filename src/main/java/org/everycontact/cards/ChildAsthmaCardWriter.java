package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** Card for R-CYP-AST-01 Asthma: reliever over-use (clinical-spec §5). */
final class ChildAsthmaCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-CYP-AST-01";
    }

    @Override
    public String summary(Finding finding) {
        String issues = CardText.value(finding, "Reliever issues in look-back");
        String months = CardText.value(finding, "Look-back (months)");
        if (has(finding, "Review threshold")) {
            return (has(finding, "Priority review") ? "Priority asthma review: " : "Asthma review: ") + issues
                    + " reliever inhalers issued in " + months + " months — check control and preventer use";
        }
        return "Asthma: reliever issued with no preventer inhaler in " + months + " months — review asthma control";
    }

    @Override
    public String detail(Finding finding) {
        String months = CardText.value(finding, "Look-back (months)");
        String lastIssue = finding.evidence().stream().filter(e -> "Last reliever issue".equals(e.label()))
                .map(e -> CardText.date(e.date())).findFirst().orElseThrow();
        StringBuilder detail = new StringBuilder("- ")
                .append(CardText.value(finding, "Reliever issues in look-back"))
                .append(" reliever (SABA) issue(s) in the last ").append(months).append(" months, the last on ")
                .append(lastIssue);
        if (has(finding, "No preventer in look-back")) {
            detail.append("; no inhaled corticosteroid-containing preventer in that time");
        }
        detail.append(".\n")
                .append("- **Action:** asthma review: check symptom control, inhaler technique and preventer use, ")
                .append("and agree a personal asthma action plan.\n")
                .append("- Why: aged ").append(CardText.value(finding, "Age"))
                .append("; over-reliance on relievers signals poorly controlled asthma (local thresholds: 3 issues ")
                .append("a year for review, 6 for priority review).\n")
                .append("- Source: NHS England Core20PLUS5 for children and young people (asthma); NHS Scotland ")
                .append("SABA prescribing guide.");
        return detail.toString();
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 CYP: asthma", ScreeningCardText.CORE20PLUS5_CYP,
                CardTopics.of(ruleId(), "Asthma reliever over-use"));
    }

    private static boolean has(Finding finding, String label) {
        return finding.evidence().stream().anyMatch(e -> label.equals(e.label()));
    }
}
