package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-SCR-BOW-01 Bowel cancer screening (clinical-spec §6.6): info, "check and encourage". */
final class BowelScreeningCardWriter implements RuleCardWriter {

    private static final String URL = "https://www.nhs.uk/conditions/bowel-cancer-screening/";

    @Override
    public String ruleId() {
        return "R-SCR-BOW-01";
    }

    @Override
    public String summary(Finding finding) {
        return "No bowel screening (FIT) result in " + ScreeningCardText.lookBackMonths(finding)
                + " months — check the home test kit arrived and encourage its return";
    }

    @Override
    public String detail(Finding finding) {
        return ScreeningCardText.lastOrNone(finding, "Last bowel screening result recorded",
                "No bowel screening result found in the record.") + "\n"
                + "- **Action:** check the NHS home FIT kit arrived and encourage the patient to complete and return "
                + "it; a replacement kit can be requested from the NHS bowel screening programme.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; the NHS offers a home FIT kit every "
                + ScreeningCardText.interval(finding)
                + " from 50 to 74. " + ScreeningCardText.NOT_A_JUDGEMENT + "\n"
                + "- Source: NHS Bowel Cancer Screening Programme (ages 50 to 74 since 2025).";
    }

    @Override
    public Source source() {
        return new Source("NHS Bowel Cancer Screening Programme", URL, CardTopics.of(ruleId(), "Bowel cancer screening"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.BOWEL_SCREENING);
    }
}
