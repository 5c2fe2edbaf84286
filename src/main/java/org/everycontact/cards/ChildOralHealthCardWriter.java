package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/** Card for R-CYP-ORAL-01 Oral health signpost (clinical-spec §5): a low-priority MECC prompt. */
final class ChildOralHealthCardWriter implements RuleCardWriter {

    private static final String DENTIST_URL = "https://www.nhs.uk/nhs-services/dentists/";

    @Override
    public String ruleId() {
        return "R-CYP-ORAL-01";
    }

    @Override
    public String summary(Finding finding) {
        return "Oral health: check the child sees an NHS dentist and brushes twice a day with fluoride toothpaste";
    }

    @Override
    public String detail(Finding finding) {
        return "- Aged " + CardText.value(finding, "Age") + ".\n"
                + "- **Action:** ask whether the child is registered with an NHS dentist (NHS dental care is free "
                + "for children) and brushes twice a day with fluoride toothpaste; signpost to find a dentist.\n"
                + "- Why: Core20PLUS5 for children aims to reduce hospital tooth extractions in the under-10s. "
                + ScreeningCardText.PRIORITISED + "\n"
                + "- Source: NHS England Core20PLUS5 for children and young people (oral health).";
    }

    @Override
    public Source source() {
        return new Source("NHS England Core20PLUS5 CYP: oral health", ScreeningCardText.CORE20PLUS5_CYP,
                CardTopics.of(ruleId(), "Oral health signpost"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.DENTAL);
    }
}
