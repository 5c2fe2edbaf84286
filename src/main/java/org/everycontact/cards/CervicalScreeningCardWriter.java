package org.everycontact.cards;

import java.util.List;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-SCR-CER-01 Cervical screening (clinical-spec §6.6): info, "check and encourage". */
final class CervicalScreeningCardWriter implements RuleCardWriter {

    private static final String URL = "https://www.nhs.uk/conditions/cervical-screening/";

    @Override
    public String ruleId() {
        return "R-SCR-CER-01";
    }

    @Override
    public String summary(Finding finding) {
        return due(finding)
                .map(d -> "Cervical screening due since " + CardText.date(d.date()))
                .orElse("No cervical screening result recorded")
                + " — check the invitation and encourage booking";
    }

    @Override
    public String detail(Finding finding) {
        String facts = finding.evidence().stream().filter(e -> e.value() != null && e.date() != null).findFirst()
                .map(e -> "- Last result " + CardText.date(e.date()) + ": " + e.value() + "; next test due "
                        + CardText.date(due(finding).orElseThrow().date()) + " ("
                        + CardText.value(finding, "Interval (months)") + "-month interval).")
                .orElse("- No cervical screening result found in the record.");
        return facts + "\n"
                + "- **Action:** check whether an invitation was received and encourage booking a screening "
                + "appointment at the practice or a sexual health clinic.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; screening every 3 years at 25 to 49 (every 5 "
                + "years after an HPV-negative clinician-taken sample from 1 Jul 2025; self-samples stay on 3 years), "
                + "every 5 years at 50 to 64, and after 1 year when HPV was found without cell changes. "
                + ScreeningCardText.NOT_A_JUDGEMENT + "\n"
                + "- Source: NHS Cervical Screening Programme (interval change 1 Jul 2025).";
    }

    @Override
    public Source source() {
        return new Source("NHS Cervical Screening Programme", URL, CardTopics.of(ruleId(), "Cervical screening"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.CERVICAL_SCREENING);
    }

    private static Optional<Evidence> due(Finding finding) {
        return finding.evidence().stream().filter(e -> "Due date".equals(e.label())).findFirst();
    }
}
