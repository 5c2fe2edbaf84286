package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-VAC-COV-01 COVID-19 (clinical-spec §6.5, wording §9.3). */
final class CovidVaccineCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-VAC-COV-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Eligible for COVID-19 vaccine (" + VaccineCardText.value(finding, "COVID-19 campaign").orElseThrow()
                + ") — not yet recorded this campaign";
    }

    @Override
    public String detail(Finding finding) {
        return "- " + VaccineCardText.covidLine(finding) + "\n"
                + "- **Action:** offer the COVID-19 vaccine today, or signpost to a community pharmacy or the "
                + "National Booking Service. " + VaccineCardText.RECORD_IT + "\n"
                + "- Why: this campaign offers the vaccine to this group.\n"
                + "- Source: " + VaccineCardText.COVID_SOURCE;
    }

    @Override
    public Source source() {
        return new Source("COVID-19 vaccination programme (JCVI advice accepted)", VaccineCardText.COVID_URL,
                CardTopics.of(ruleId(), "COVID-19 vaccine"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.COVID_VACCINATION, SuggestionTemplate.COVID_DECLINED);
    }
}
