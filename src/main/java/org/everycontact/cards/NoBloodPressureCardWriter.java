package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-HTN-03 No blood pressure in 5 years (clinical-spec §6.1, wording §9.3). */
final class NoBloodPressureCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-HTN-03";
    }

    @Override
    public String summary(Finding finding) {
        return "No blood pressure recorded for over " + lookback(finding) + " — consider checking BP today";
    }

    @Override
    public String detail(Finding finding) {
        String lastReading = finding.evidence().stream()
                .filter(e -> e.date() != null)
                .map(e -> "- Last blood pressure recorded " + CardText.date(e.date()) + "; none in the last "
                        + lookback(finding) + ".")
                .findFirst()
                .orElse("- No blood pressure reading found in the record.");
        return lastReading + "\n"
                + "- **Action:** measure clinic blood pressure today. If it is 140/90 or higher, offer ambulatory "
                + "(or home) monitoring to confirm or exclude hypertension.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; a blood pressure is expected at least every "
                + lookback(finding) + " from age " + CardText.value(finding, "Minimum age") + ".\n"
                + "- Source: " + CardText.qof(finding, "QOF") + "; NICE NG136 Hypertension in adults.";
    }

    @Override
    public Source source() {
        return new Source("QOF BP002; NICE NG136", CardText.NG136,
                CardTopics.of(ruleId(), "No blood pressure in 5 years"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.PHARMACY_BLOOD_PRESSURE);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.BP_RECALL);
    }

    private static String lookback(Finding finding) {
        int months = Integer.parseInt(CardText.value(finding, "Look-back (months)"));
        return months % 12 == 0 ? (months / 12) + " years" : months + " months";
    }
}
