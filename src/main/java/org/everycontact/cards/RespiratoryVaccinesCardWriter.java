package org.everycontact.cards;

import java.util.ArrayList;
import java.util.List;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-RESP-01 Respiratory vaccination bundle (clinical-spec §6.8, C2, §9.3): one card for the
 * flu, COVID-19 and pneumococcal vaccines due, with a line per vaccine from the bundled rules' evidence.
 */
final class RespiratoryVaccinesCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-RESP-01";
    }

    @Override
    public String summary(Finding finding) {
        List<String> due = due(finding);
        return VaccineCardText.value(finding, "Respiratory condition").orElseThrow() + ": " + names(due)
                + (due.size() == 1 ? " vaccine" : " vaccines") + " due — offer today or signpost to pharmacy";
    }

    @Override
    public String detail(Finding finding) {
        List<String> due = due(finding);
        StringBuilder detail = new StringBuilder();
        if (due.contains("flu")) {
            detail.append("- ").append(VaccineCardText.fluLine(finding)).append('\n');
        }
        if (due.contains("COVID-19")) {
            detail.append("- ").append(VaccineCardText.covidLine(finding)).append('\n');
        }
        if (due.contains("pneumococcal")) {
            detail.append("- ").append(VaccineCardText.pneumococcalLine(finding)).append('\n');
        }
        String condition = VaccineCardText.value(finding, "Respiratory condition").orElseThrow();
        return detail
                + "- **Action:** offer the " + names(due) + (due.size() == 1 ? " vaccine" : " vaccines")
                + " today, or signpost to a community pharmacy where it offers them. " + VaccineCardText.RECORD_IT + "\n"
                + "- Why: " + ("COPD".equals(condition) ? "COPD" : "asthma treated with steroids")
                + " — respiratory vaccination is a Core20PLUS5 clinical priority (chronic respiratory disease).\n"
                + "- Source: NHS England Core20PLUS5; " + VaccineCardText.FLU_SOURCE;
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 (chronic respiratory disease)", VaccineCardText.CORE20PLUS5_URL,
                CardTopics.of(ruleId(), "Respiratory vaccines due"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.VACCINATION_BOOKING);
    }

    /** A request for each vaccine due, then a decline to record for each. */
    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        List<String> due = due(finding);
        List<SuggestionTemplate> requests = new ArrayList<>();
        List<SuggestionTemplate> declines = new ArrayList<>();
        if (due.contains("flu")) {
            requests.add(SuggestionTemplate.FLU_VACCINATION);
            declines.add(SuggestionTemplate.FLU_DECLINED);
        }
        if (due.contains("COVID-19")) {
            requests.add(SuggestionTemplate.COVID_VACCINATION);
            declines.add(SuggestionTemplate.COVID_DECLINED);
        }
        if (due.contains("pneumococcal")) {
            requests.add(SuggestionTemplate.PNEUMOCOCCAL_VACCINATION);
            declines.add(SuggestionTemplate.PNEUMOCOCCAL_DECLINED);
        }
        requests.addAll(declines);
        return requests;
    }

    @Override
    public List<Link> guidance() {
        return List.of(Link.absolute("National flu immunisation programme 2026 to 2027", VaccineCardText.FLU_URL),
                Link.absolute("Adult pneumococcal programme", VaccineCardText.PNEUMOCOCCAL_URL));
    }

    private static List<String> due(Finding finding) {
        return List.of(VaccineCardText.value(finding, "Vaccines due").orElseThrow().split(", "));
    }

    /** "flu", "flu and pneumococcal", "flu, COVID-19 and pneumococcal". */
    private static String names(List<String> due) {
        List<String> all = new ArrayList<>(due);
        String last = all.remove(all.size() - 1);
        return all.isEmpty() ? last : String.join(", ", all) + " and " + last;
    }
}
