package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-SCR-BRE-01 Breast screening (clinical-spec §6.6): info, "check and encourage". */
final class BreastScreeningCardWriter implements RuleCardWriter {

    private static final String URL = "https://www.nhs.uk/conditions/breast-screening-mammogram/";

    @Override
    public String ruleId() {
        return "R-SCR-BRE-01";
    }

    @Override
    public String summary(Finding finding) {
        return "No mammogram recorded in " + ScreeningCardText.months(finding, "Look-back (months)")
                + " months — check the breast screening invitation and encourage attendance";
    }

    @Override
    public String detail(Finding finding) {
        int months = ScreeningCardText.months(finding, "Look-back (months)");
        String facts = finding.evidence().stream().filter(e -> e.date() != null).findFirst()
                .map(e -> "- Last mammogram recorded " + CardText.date(e.date()) + "; none in the last " + months
                        + " months.")
                .orElse("- No mammogram found in the record.");
        return facts + "\n"
                + "- **Action:** check whether a breast screening invitation was received and encourage attendance; "
                + "the local breast screening service can rebook a missed appointment.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; the NHS invites women every "
                + ScreeningCardText.years(ScreeningCardText.months(finding, "Interval (months)"))
                + " from 50 up to their 71st birthday (first invitation by 53). "
                + ScreeningCardText.NOT_A_JUDGEMENT + "\n"
                + "- Source: NHS Breast Screening Programme.";
    }

    @Override
    public Source source() {
        return new Source("NHS Breast Screening Programme", URL, CardTopics.of(ruleId(), "Breast screening"));
    }

    @Override
    public List<Link> links() {
        return List.of(Link.absolute("NHS: Breast screening (mammogram)", URL));
    }
}
