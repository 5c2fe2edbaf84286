package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-VAC-SHG-01 Shingles, Shingrix 2 doses (clinical-spec §6.5, wording §9.3). */
final class ShinglesVaccineCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-VAC-SHG-01";
    }

    @Override
    public String summary(Finding finding) {
        if (secondDose(finding)) {
            return "Shingles vaccine (Shingrix): second dose due since "
                    + CardText.date(VaccineCardText.date(finding, "Second dose due from").orElseThrow())
                    + " — offer second dose";
        }
        return "Eligible for shingles vaccine (Shingrix) — none recorded; offer first dose";
    }

    @Override
    public String detail(Finding finding) {
        String facts = secondDose(finding)
                ? "- First Shingrix dose recorded " + CardText.date(VaccineCardText.date(finding, "First Shingrix dose")
                .orElseThrow()) + "; no second dose recorded.\n"
                : "- No shingles vaccination recorded.\n";
        return facts
                + "- **Action:** offer Shingrix today; the course is 2 doses. " + VaccineCardText.RECORD_IT + "\n"
                + "- Why: eligible as " + VaccineCardText.value(finding, "Eligible as").orElseThrow()
                + " (aged " + VaccineCardText.value(finding, "Age").orElseThrow() + ").\n"
                + "- Source: UKHSA shingles programme; Green Book chapter 28a.";
    }

    @Override
    public Source source() {
        return new Source("UKHSA shingles programme; Green Book ch.28a", VaccineCardText.SHINGLES_URL,
                CardTopics.of(ruleId(), "Shingles vaccine"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.SHINGLES_VACCINATION, SuggestionTemplate.SHINGLES_DECLINED);
    }

    private static boolean secondDose(Finding finding) {
        return VaccineCardText.value(finding, "Dose due").filter("second"::equals).isPresent();
    }
}
