package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.AlcoholBriefAdvice;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-MECC-ALC-01 Alcohol identification and brief advice (clinical-spec §6.7, §9.2 alcohol).
 * Possible dependence gets no brief-advice wording: the action is a specialist assessment. The AUDIT-C
 * and AUDIT thresholds are read from the finding, so a configuration change reaches the wording.
 */
final class AlcoholCardWriter implements RuleCardWriter {

    private static final String UNITS = "the low-risk guideline is not to drink more than 14 units a week on a "
            + "regular basis, spread over 3 or more days";
    private static final String ASK_PERMISSION = "\"Would it be OK to talk about your drinking for a minute?\"";

    @Override
    public String ruleId() {
        return AlcoholBriefAdvice.ID;
    }

    @Override
    public String summary(Finding finding) {
        String prompt = CardText.value(finding, AlcoholBriefAdvice.PROMPT);
        return switch (prompt) {
            case AlcoholBriefAdvice.SCREEN -> "No alcohol screen in "
                    + LifestyleCardText.period(CardText.value(finding, AlcoholBriefAdvice.LOOKBACK))
                    + " — ask the 3 AUDIT-C questions";
            case AlcoholBriefAdvice.COMPLETE_AUDIT -> {
                Evidence auditC = LifestyleCardText.find(finding, AlcoholBriefAdvice.AUDIT_C_SCORE).orElseThrow();
                yield "AUDIT-C " + auditC.value() + " (" + LifestyleCardText.month(auditC.date())
                        + ") with no full AUDIT — complete AUDIT / alcohol brief advice";
            }
            case AlcoholBriefAdvice.INCREASING_RISK -> audit(finding) + ": increasing risk — give alcohol brief advice";
            case AlcoholBriefAdvice.HIGHER_RISK ->
                    audit(finding) + ": higher risk — brief advice; consider referral if harm";
            default -> audit(finding) + ": possible dependence — offer specialist alcohol assessment";
        };
    }

    private static String audit(Finding finding) {
        Evidence audit = LifestyleCardText.find(finding, AlcoholBriefAdvice.AUDIT_SCORE).orElseThrow();
        return "AUDIT " + audit.value() + " (" + CardText.date(audit.date()) + ")";
    }

    /** The AUDIT bands as the finding carries them: "8 to 15", "16 to 19", "20 or more". */
    private record Bands(String increasing, String higher, String dependence) {

        static Bands of(Finding finding) {
            int increasing = threshold(finding, AlcoholBriefAdvice.INCREASING_RISK_FROM);
            int higher = threshold(finding, AlcoholBriefAdvice.HIGHER_RISK_FROM);
            int dependence = threshold(finding, AlcoholBriefAdvice.POSSIBLE_DEPENDENCE_FROM);
            return new Bands(increasing + " to " + (higher - 1), higher + " to " + (dependence - 1),
                    dependence + " or more");
        }

        private static int threshold(Finding finding, String label) {
            return Integer.parseInt(CardText.value(finding, label));
        }
    }

    @Override
    public String detail(Finding finding) {
        String prompt = CardText.value(finding, AlcoholBriefAdvice.PROMPT);
        String positive = CardText.value(finding, AlcoholBriefAdvice.AUDIT_C_POSITIVE_FROM);
        Bands bands = Bands.of(finding);
        String facts;
        String action;
        switch (prompt) {
            case AlcoholBriefAdvice.SCREEN -> {
                String period = LifestyleCardText.period(CardText.value(finding, AlcoholBriefAdvice.LOOKBACK));
                facts = LifestyleCardText.find(finding, AlcoholBriefAdvice.LAST_SCREEN)
                        .map(e -> "Last alcohol screen " + CardText.date(e.date()) + "; none in the last " + period)
                        .orElse("No AUDIT-C, AUDIT or alcohol consumption in the record");
                action = LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE,
                        ASK_PERMISSION + " Then the 3 AUDIT-C questions.", capitalised(UNITS) + ".",
                        "record the AUDIT-C score; a score of " + positive + " or more means completing the full "
                                + "AUDIT.");
            }
            case AlcoholBriefAdvice.COMPLETE_AUDIT -> {
                Evidence auditC = LifestyleCardText.find(finding, AlcoholBriefAdvice.AUDIT_C_SCORE).orElseThrow();
                facts = "AUDIT-C " + auditC.value() + " on " + CardText.date(auditC.date())
                        + " (positive from " + positive + "); no full AUDIT recorded since";
                action = LifestyleCardText.askAdviseAct(LifestyleCardText.VERY_BRIEF_ADVICE,
                        ASK_PERMISSION + " Then the remaining AUDIT questions.",
                        "by score: " + bands.increasing() + ", alcohol brief advice (" + UNITS + "); "
                                + bands.higher() + ", brief advice and consider referral if there is alcohol-related "
                                + "harm; " + bands.dependence() + ", offer a specialist alcohol assessment instead.",
                        "record the AUDIT score and what was done.");
            }
            case AlcoholBriefAdvice.INCREASING_RISK, AlcoholBriefAdvice.HIGHER_RISK -> {
                boolean higher = AlcoholBriefAdvice.HIGHER_RISK.equals(prompt);
                facts = audit(finding) + ": " + prompt.toLowerCase() + " (AUDIT "
                        + (higher ? bands.higher() : bands.increasing()) + ")";
                action = LifestyleCardText.askAdviseAct("Alcohol brief advice", ASK_PERMISSION,
                        capitalised(UNITS) + "; cutting down lowers the risk.",
                        (higher ? "consider referral to the local alcohol service if there is alcohol-related harm; "
                                : "")
                                + "signpost the local alcohol service; record the AUDIT score and the brief "
                                + "intervention.");
            }
            default -> {
                facts = audit(finding) + ": possible dependence (AUDIT " + bands.dependence() + ")";
                action = "- **Action:** Ask: " + ASK_PERMISSION + " Act: offer a specialist alcohol assessment "
                        + "and "
                        + "refer to the local alcohol service; do not handle this in the consultation alone. "
                        + "Record the AUDIT score and the referral or the decline.\n";
            }
        }
        return "- " + facts + ".\n" + action + "- Why: " + why(finding) + "\n"
                + "- Source: UK clinical guidelines for alcohol treatment, chapter 3 (gov.uk).";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String why(Finding finding) {
        String age = "aged " + CardText.value(finding, AlcoholBriefAdvice.AGE);
        if (LifestyleCardText.find(finding, AlcoholBriefAdvice.ON_SMI_REGISTER).isPresent()) {
            return age + "; on the severe mental illness register: alcohol is part of the annual physical health "
                    + "check (QOF MH007).";
        }
        return age + "; alcohol identification is part of routine adult care (AUDIT-C, then the full AUDIT "
                + "when positive).";
    }

    @Override
    public Source source() {
        return new Source("UK clinical guidelines for alcohol treatment (gov.uk)", LifestyleCardText.ALCOHOL_GUIDANCE,
                CardTopics.of(ruleId(), "Alcohol identification and brief advice"));
    }

    @Override
    public List<ServiceType> services() {
        return List.of(ServiceType.ALCOHOL_SERVICE);
    }
}
