package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-NHC-01 NHS Health Check due (clinical-spec §6.3, §9.3). */
final class HealthCheckCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-NHC-01";
    }

    @Override
    public String summary(Finding finding) {
        return "No NHS Health Check or CVD risk assessment in "
                + CardiovascularCardText.period(finding, "Interval (months)") + " — offer or signpost a Health Check";
    }

    @Override
    public String detail(Finding finding) {
        String interval = CardiovascularCardText.period(finding, "Interval (months)");
        StringBuilder detail = new StringBuilder();
        for (Evidence e : finding.evidence()) {
            if (e.date() != null) {
                detail.append("- ").append(e.label()).append(' ').append(CardText.date(e.date())).append(".\n");
            } else if (e.value() == null) {
                detail.append("- ").append(e.label()).append(".\n");
            }
        }
        return detail
                + "- No NHS Health Check and no cardiovascular risk assessment in the last " + interval + ".\n"
                + "- **Action:** offer an NHS Health Check, or signpost to the local provider (Health Checks are "
                + "commissioned by the local authority; a digital Health Check may not appear in the GP record).\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; adults aged "
                + CardText.value(finding, "Eligible ages") + " without a cardiovascular condition, diabetes, "
                + "kidney disease or a statin are invited every " + interval + ".\n"
                + "- Source: NHS Health Check programme.";
    }

    @Override
    public Source source() {
        return new Source("NHS Health Check programme", CardiovascularCardText.HEALTH_CHECK,
                CardTopics.of(ruleId(), "NHS Health Check due"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.NHS_HEALTH_CHECK);
    }
}
