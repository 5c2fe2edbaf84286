package org.everycontact.cards;

import java.util.List;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.SmokingVeryBriefAdvice;

/** Card for R-MECC-SMK-01 Current smoker: very brief advice (clinical-spec §6.7, §9.2 smoking). */
final class SmokingCardWriter implements RuleCardWriter {

    static final String VBA = LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE,
            "\"Do you smoke at the moment?\"",
            "\"Stopping smoking is the single most important thing you can do for your health. The best way to "
                    + "stop is with stop-smoking medicines together with support from a specialist service.\"",
            "\"I can refer you to the local stop smoking service today.\" Offer stop-smoking medicines; record "
                    + "smoking status and the advice or referral, and if declined record it and revisit.");

    @Override
    public String ruleId() {
        return SmokingVeryBriefAdvice.ID;
    }

    private static boolean offer(Finding finding) {
        return SmokingVeryBriefAdvice.OFFER_SUPPORT.equals(CardText.value(finding, SmokingVeryBriefAdvice.PROMPT));
    }

    @Override
    public String summary(Finding finding) {
        if (offer(finding)) {
            String period = LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.SUPPORT_LOOKBACK));
            return "Current smoker, no stop-smoking offer in " + period + " — 30-second very brief advice";
        }
        return "No smoking status in " + LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.STATUS_LOOKBACK))
                + " — ask about smoking and record it";
    }

    @Override
    public String detail(Finding finding) {
        Optional<Evidence> status = LifestyleCardText.find(finding, SmokingVeryBriefAdvice.LAST_STATUS);
        Optional<Evidence> support = LifestyleCardText.find(finding, SmokingVeryBriefAdvice.LAST_SUPPORT);
        Optional<String> conditions = LifestyleCardText.find(finding, SmokingVeryBriefAdvice.CONDITIONS).map(Evidence::value);
        StringBuilder detail = new StringBuilder("- ");
        if (offer(finding)) {
            String period = LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.SUPPORT_LOOKBACK));
            detail.append("Current smoker recorded ").append(CardText.date(status.orElseThrow().date()))
                    .append("; no stop-smoking support or referral recorded in the last ").append(period)
                    .append(support.map(s -> " (last " + CardText.date(s.date()) + ")").orElse("")).append(".\n");
        } else {
            String period = LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.STATUS_LOOKBACK));
            detail.append(status.map(s -> "Last smoking status " + CardText.date(s.date()) + " (" + s.value() + ")")
                            .orElse("No smoking status in the record"))
                    .append("; none in the last ").append(period).append(". Ask and record it.\n");
        }
        detail.append(VBA);
        detail.append("- Why: ").append(why(finding, conditions)).append('\n');
        detail.append("- Source: NCSCT very brief advice on smoking; NICE IND98; QOF SMOK002, SMOK004.");
        return detail.toString();
    }

    private static String why(Finding finding, Optional<String> conditions) {
        if (!offer(finding)) {
            return "long-term condition on record (" + conditions.orElseThrow() + "): smoking status is expected every "
                    + LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.STATUS_LOOKBACK)) + " (QOF SMOK002).";
        }
        String period = LifestyleCardText.period(CardText.value(finding, SmokingVeryBriefAdvice.SUPPORT_LOOKBACK));
        return conditions.map(c -> "long-term condition on record (" + c + "): support is due every " + period
                        + " (NICE IND98).")
                .orElse("aged " + CardText.value(finding, SmokingVeryBriefAdvice.AGE) + "; support for people who smoke is due at least "
                        + "every " + period + " (QOF SMOK004 pattern).");
    }

    @Override
    public Source source() {
        return new Source("NCSCT very brief advice; NICE IND98; QOF SMOK002/SMOK004", LifestyleCardText.IND98,
                CardTopics.of(ruleId(), "Current smoker: very brief advice"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.STOP_SMOKING);
    }

    /** A referral once the patient has been asked; none while smoking status is still to be recorded. */
    @Override
    public List<SuggestionTemplate> suggestions(Finding finding) {
        return offer(finding) ? List.of(SuggestionTemplate.STOP_SMOKING_REFERRAL) : List.of();
    }
}
