package org.everycontact.cards;

import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-HTN-02 Severe blood pressure reading (clinical-spec §6.1, §9.3): the only warning card
 * (C3), stating that the service is not a safety net (hazard H07).
 */
final class SevereBloodPressureCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-HTN-02";
    }

    @Override
    public String summary(Finding finding) {
        Evidence bp = CardText.reading(finding).orElseThrow();
        return "BP " + bp.value() + " recorded on " + CardText.date(bp.date())
                + ": NICE NG136 advises same-day clinical assessment";
    }

    @Override
    public String detail(Finding finding) {
        Evidence bp = CardText.reading(finding).orElseThrow();
        return "- Clinic BP " + bp.value() + " on " + CardText.date(bp.date()) + " (severe: "
                + CardText.value(finding, "Threshold") + " or higher); no lower clinic reading since.\n"
                + "- **Action:** refer for same-day specialist assessment if there is retinal haemorrhage or "
                + "papilloedema, life-threatening symptoms (new confusion, chest pain, signs of heart failure, "
                + "acute kidney injury) or suspected phaeochromocytoma; otherwise investigate for target organ "
                + "damage promptly, start treatment if present, else repeat clinic BP or arrange ABPM/HBPM "
                + "within 7 days.\n"
                + "- EveryContact is **not a safety net** for severe blood pressure: the clinician who took the "
                + "reading is responsible for acting on it. Readings older than "
                + CardText.value(finding, "Stale after (days)") + " days are not shown.\n"
                + "- Source: NICE NG136 Hypertension in adults, section 1.5.";
    }

    @Override
    public Source source() {
        return new Source("NICE NG136", CardText.NG136,
                CardTopics.of(ruleId(), "Severe blood pressure reading"));
    }
}
