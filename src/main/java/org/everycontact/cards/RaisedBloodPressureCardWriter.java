package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-HTN-01 Raised blood pressure without diagnosis or follow-up (clinical-spec §6.1, §9.3). */
final class RaisedBloodPressureCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-HTN-01";
    }

    @Override
    public String summary(Finding finding) {
        Evidence bp = CardText.reading(finding).orElseThrow();
        return "BP " + bp.value() + " on " + CardText.date(bp.date())
                + " with no diagnosis or home/ambulatory BP since — consider ABPM/HBPM";
    }

    @Override
    public String detail(Finding finding) {
        Evidence bp = CardText.reading(finding).orElseThrow();
        return "- Last clinic BP " + bp.value() + " on " + CardText.date(bp.date())
                + "; no hypertension diagnosis and no ambulatory or home BP average since.\n"
                + "- **Action:** offer ambulatory BP monitoring (ABPM), or home monitoring (HBPM) if ABPM is "
                + "unsuitable, to confirm or exclude hypertension; community pharmacy hypertension "
                + "case-finding can provide ABPM.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; clinic BP at or above "
                + CardText.value(finding, "Threshold") + ". Hypertension is confirmed if clinic BP is 140/90 "
                + "or higher and the ABPM daytime or HBPM average is 135/85 or higher (stage 1 to 149/94, "
                + "stage 2 from 150/95; clinic 180/120 or higher is severe).\n"
                + "- Source: NICE NG136 Hypertension in adults, 1.2.2 to 1.2.4.";
    }

    @Override
    public Source source() {
        return new Source("NICE NG136", CardText.NG136,
                CardTopics.of(ruleId(), "Raised blood pressure without follow-up"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.PHARMACY_BLOOD_PRESSURE);
    }

    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of(SuggestionTemplate.ABPM);
    }
}
