package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-VAC-FLU-01 Seasonal influenza (clinical-spec §6.5, wording §9.3). */
final class FluVaccineCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-VAC-FLU-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Eligible for " + VaccineCardText.value(finding, "Flu season").orElseThrow()
                + " flu vaccine — not yet recorded this season";
    }

    @Override
    public String detail(Finding finding) {
        return "- " + VaccineCardText.fluLine(finding) + "\n"
                + "- **Action:** offer the flu vaccine today, or signpost to a community pharmacy. "
                + VaccineCardText.RECORD_IT + "\n"
                + "- Why: the national flu programme offers the vaccine to this group every season.\n"
                + "- Source: " + VaccineCardText.FLU_SOURCE;
    }

    @Override
    public Source source() {
        return new Source("National flu immunisation programme 2026/27", VaccineCardText.FLU_URL,
                CardTopics.of(ruleId(), "Seasonal flu vaccine"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.FLU_VACCINATION, SuggestionTemplate.FLU_DECLINED);
    }
}
