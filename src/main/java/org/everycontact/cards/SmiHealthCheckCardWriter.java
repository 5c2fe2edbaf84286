package org.everycontact.cards;

import java.util.stream.Collectors;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.SmiHealthCheck;

/** Card for R-SMI-01 SMI annual physical health check incomplete (clinical-spec §6.4, §9.3). */
final class SmiHealthCheckCardWriter implements RuleCardWriter {

    private static final int ELEMENTS = 6;

    @Override
    public String ruleId() {
        return SmiHealthCheck.ID;
    }

    @Override
    public String summary(Finding finding) {
        String due = CardText.value(finding, SmiHealthCheck.CHECKS_DUE);
        long count = LifestyleCardText.startingWith(finding, SmiHealthCheck.DUE).count();
        return "SMI annual health check: " + count + " of " + ELEMENTS + " checks due (" + due + ")";
    }

    @Override
    public String detail(Finding finding) {
        String period = LifestyleCardText.period(CardText.value(finding, SmiHealthCheck.LOOKBACK));
        String recorded = LifestyleCardText.startingWith(finding, SmiHealthCheck.RECORDED)
                .map(SmiHealthCheckCardWriter::recorded).collect(Collectors.joining("; "));
        String due = LifestyleCardText.startingWith(finding, SmiHealthCheck.DUE)
                .map(SmiHealthCheckCardWriter::due).collect(Collectors.joining("; "));
        String lipidPeriod = LifestyleCardText.period(CardText.value(finding, SmiHealthCheck.LIPID_LOOKBACK));
        String lipidWhy = LifestyleCardText.find(finding, SmiHealthCheck.LIPID_RISK_FACTOR)
                .map(e -> "lipids are due every " + lipidPeriod + " here (" + e.value() + ")")
                .orElse("lipids may be up to " + lipidPeriod + " old as no QOF MH011 risk factor is recorded");
        return "- Due: " + due + ".\n"
                + (recorded.isEmpty() ? "" : "- Recorded in the last " + period + ": " + recorded + ".\n")
                + "- **Action:** complete the missing checks today and act on the results, not just record them: "
                + "a smoker gets very brief advice and stop-smoking support; raised lipids, glucose, BMI or blood "
                + "pressure lead to their own review.\n"
                + "- Why: on the severe mental illness register; all six physical health checks are expected every "
                + period + ", and " + lipidWhy + ".\n"
                + "- Source: NHS England, Improving the physical health of people living with severe mental illness; "
                + "QOF MH003, MH006, MH007, MH011, MH012, SMOK002.";
    }

    private static String recorded(Evidence e) {
        String name = e.label().substring(SmiHealthCheck.RECORDED.length());
        return e.value() == null ? name + " " + CardText.date(e.date())
                : e.value() + " on " + CardText.date(e.date());
    }

    private static String due(Evidence e) {
        String name = e.label().substring(SmiHealthCheck.DUE.length());
        return name + (e.date() == null ? " (none recorded)" : " (last " + CardText.date(e.date()) + ")");
    }

    @Override
    public Source source() {
        return new Source("NHS England SMI physical health checks; QOF MH indicators", LifestyleCardText.SMI_GUIDANCE,
                CardTopics.of(ruleId(), "SMI annual physical health check"));
    }
}
