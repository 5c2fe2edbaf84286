package org.everycontact.cards;

import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.PhysicalActivity;

/** Card for R-MECC-PA-01 Physical activity (clinical-spec §6.7, §9.2 physical activity; UK CMO guidelines). */
final class PhysicalActivityCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return PhysicalActivity.ID;
    }

    @Override
    public String summary(Finding finding) {
        return "No physical activity status for over " + period(finding) + " — one-minute chat about being active";
    }

    @Override
    public String detail(Finding finding) {
        String facts = LifestyleCardText.find(finding, PhysicalActivity.LAST_STATUS)
                .map(e -> "Last physical activity status " + CardText.date(e.date()) + "; none in the last "
                        + period(finding))
                .orElse("No physical activity status in the record");
        return "- " + facts + ".\n"
                + LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE,
                        "\"Would it be OK to spend a minute talking about being more active?\"",
                        "\"Any activity is better than none. For adults, aim for 150 minutes of moderate activity "
                                + "(or 75 vigorous) a week, plus strength activities on 2 days.\"",
                        "signpost local active-lifestyle or exercise referral services; record the activity status "
                                + "(GPPAQ).")
                + "- Why: aged " + CardText.value(finding, PhysicalActivity.AGE) + "; physical activity is a core Making Every "
                + "Contact Count topic.\n"
                + "- Source: UK Chief Medical Officers' physical activity guidelines.";
    }

    private static String period(Finding finding) {
        return LifestyleCardText.period(CardText.value(finding, PhysicalActivity.LOOKBACK));
    }

    @Override
    public Source source() {
        return new Source("UK Chief Medical Officers' physical activity guidelines", LifestyleCardText.CMO_ACTIVITY,
                CardTopics.of(ruleId(), "Physical activity"));
    }
}
