package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-VAC-PNEU-01 Pneumococcal (clinical-spec §6.5, wording §9.3). */
final class PneumococcalVaccineCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-VAC-PNEU-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Eligible for pneumococcal vaccine — none recorded; offer a single dose";
    }

    @Override
    public String detail(Finding finding) {
        return "- " + VaccineCardText.pneumococcalLine(finding) + "\n"
                + "- **Action:** offer one dose of pneumococcal vaccine (PCV20 since early 2026; an earlier PPV23 "
                + "dose also counts). " + VaccineCardText.RECORD_IT + "\n"
                + "- Why: the routine adult programme offers one dose from age 65, and earlier to clinical risk groups.\n"
                + "- Source: " + VaccineCardText.PNEUMOCOCCAL_SOURCE;
    }

    @Override
    public Source source() {
        return new Source("UKHSA adult pneumococcal programme; Green Book ch.25", VaccineCardText.PNEUMOCOCCAL_URL,
                CardTopics.of(ruleId(), "Pneumococcal vaccine"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.PNEUMOCOCCAL_VACCINATION, SuggestionTemplate.PNEUMOCOCCAL_DECLINED);
    }
}
