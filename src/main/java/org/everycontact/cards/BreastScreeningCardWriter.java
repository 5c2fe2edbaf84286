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
        return "No mammogram recorded in " + ScreeningCardText.lookBackMonths(finding)
                + " months — check the breast screening invitation and encourage attendance";
    }

    @Override
    public String detail(Finding finding) {
        return ScreeningCardText.lastOrNone(finding, "Last mammogram recorded", "No mammogram found in the record.") + "\n"
                + "- **Action:** check whether a breast screening invitation was received and encourage attendance; "
                + "the local breast screening service can rebook a missed appointment.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; the NHS invites women every "
                + ScreeningCardText.interval(finding)
                + " from 50 up to their 71st birthday (first invitation by 53). "
                + ScreeningCardText.NOT_A_JUDGEMENT + "\n"
                + "- Source: NHS Breast Screening Programme.";
    }

    @Override
    public Source source() {
        return new Source("NHS Breast Screening Programme", URL, CardTopics.of(ruleId(), "Breast screening"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.BREAST_SCREENING);
    }
}
