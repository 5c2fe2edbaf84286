package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-VAC-RSV-01 RSV, older adults (clinical-spec §6.5, wording §9.3). */
final class RsvVaccineCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-VAC-RSV-01";
    }

    @Override
    public String summary(Finding finding) {
        String since = VaccineCardText.date(finding, "Eligible since").map(d -> " since " + CardText.date(d)).orElse("");
        boolean byAge = VaccineCardText.value(finding, "Eligible as").orElseThrow().startsWith("aged");
        return byAge
                ? "Aged " + VaccineCardText.value(finding, "Age").orElseThrow() + ": eligible for RSV vaccine" + since
                + " — not recorded"
                : "Eligible for RSV vaccine" + since + " — not recorded";
    }

    @Override
    public String detail(Finding finding) {
        return "- No RSV vaccination recorded.\n"
                + "- **Action:** offer a single dose of RSV vaccine; it may be given at the same appointment as a "
                + "COVID-19 vaccine. " + VaccineCardText.RECORD_IT + "\n"
                + "- Why: eligible as " + VaccineCardText.value(finding, "Eligible as").orElseThrow()
                + VaccineCardText.date(finding, "Eligible since").map(d -> ", from " + CardText.date(d)).orElse("")
                + ".\n"
                + "- Source: RSV vaccination programme for older adults (DHSC, JCVI advice accepted Feb 2026).";
    }

    @Override
    public Source source() {
        return new Source("RSV vaccination programme (JCVI advice accepted)", VaccineCardText.RSV_URL,
                CardTopics.of(ruleId(), "RSV vaccine"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.RSV_VACCINATION);
    }
}
