package org.everycontact.cards;

import java.util.ArrayList;
import java.util.List;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-MAT-01 Maternity continuity of carer (clinical-spec §6.8). The summary never names the
 * ethnic group or the neighbourhood (§9.4); the detail gives the reason as the guidance does.
 */
final class MaternityContinuityCardWriter implements RuleCardWriter {

    private static final String URL =
            "https://www.england.nhs.uk/ltphimenu/maternity/targeted-and-enhanced-midwifery-led-continuity-of-carer/";

    @Override
    public String ruleId() {
        return "R-MAT-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Check midwife booking; this patient is in a group prioritised for midwifery continuity of carer "
                + "(local LMNS offer)";
    }

    @Override
    public String detail(Finding finding) {
        Evidence pregnancy = finding.evidence().stream().filter(e -> "Pregnancy recorded".equals(e.label()))
                .findFirst().orElseThrow();
        List<String> reasons = new ArrayList<>();
        if (finding.evidence().stream().anyMatch(e -> e.label().startsWith("Recorded ethnic group"))) {
            reasons.add("the recorded ethnic group is one the programme prioritises");
        }
        if (finding.evidence().stream().anyMatch(e -> "Home neighbourhood IMD decile".equals(e.label()))) {
            reasons.add("the home postcode is in a neighbourhood in England's most deprived 10% (IMD 2025, an "
                    + "area-based measure that describes neighbourhoods, not individuals)");
        }
        return "- Pregnancy recorded " + CardText.date(pregnancy.date()) + "; no delivery recorded since.\n"
                + "- **Action:** check a maternity booking or referral is in place, and that the patient knows the "
                + "local maternity and neonatal system (LMNS) continuity of carer offer.\n"
                + "- Why: NHS Core20PLUS5 maternity prioritises continuity of carer for women from Black, Asian and "
                + "minority ethnic communities and from the most deprived neighbourhoods; "
                + String.join("; ", reasons) + ".\n"
                + "- " + ScreeningCardText.PRIORITISED + "\n"
                + "- Source: NHS England Core20PLUS5 (maternity); targeted and enhanced midwifery-led continuity "
                + "of carer.";
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5: maternity continuity of carer", URL,
                CardTopics.of(ruleId(), "Maternity continuity of carer"));
    }
}
