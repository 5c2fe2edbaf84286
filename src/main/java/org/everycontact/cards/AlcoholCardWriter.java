package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-MECC-ALC-01 Alcohol identification and brief advice (clinical-spec §6.7, §9.2 alcohol).
 * An AUDIT of 20 or more gets no brief-advice wording: the action is a specialist assessment.
 */
final class AlcoholCardWriter implements RuleCardWriter {

    private static final String UNITS = "the low-risk guideline is not to drink more than 14 units a week on a "
            + "regular basis, spread over 3 or more days";
    private static final String ASK_PERMISSION = "Ask: \"Would it be OK to talk about your drinking for a minute?\" ";

    @Override
    public String ruleId() {
        return "R-MECC-ALC-01";
    }

    @Override
    public String summary(Finding finding) {
        String prompt = CardText.value(finding, "Prompt");
        return switch (prompt) {
            case "Alcohol screen due" -> "No alcohol screen in "
                    + LifestyleCardText.period(CardText.value(finding, "Look-back (months)"))
                    + " — ask the 3 AUDIT-C questions";
            case "Complete full AUDIT" -> {
                Evidence auditC = LifestyleCardText.find(finding, "AUDIT-C score").orElseThrow();
                yield "AUDIT-C " + auditC.value() + " (" + LifestyleCardText.month(auditC.date())
                        + ") with no full AUDIT — complete AUDIT / alcohol brief advice";
            }
            case "Increasing risk" -> audit(finding) + ": increasing risk — give alcohol brief advice";
            case "Higher risk" -> audit(finding) + ": higher risk — brief advice; consider referral if harm";
            default -> audit(finding) + ": possible dependence — offer specialist alcohol assessment";
        };
    }

    private static String audit(Finding finding) {
        Evidence audit = LifestyleCardText.find(finding, "AUDIT score").orElseThrow();
        return "AUDIT " + audit.value() + " (" + CardText.date(audit.date()) + ")";
    }

    @Override
    public String detail(Finding finding) {
        String prompt = CardText.value(finding, "Prompt");
        String facts;
        String action;
        switch (prompt) {
            case "Alcohol screen due" -> {
                String period = LifestyleCardText.period(CardText.value(finding, "Look-back (months)"));
                facts = LifestyleCardText.find(finding, "Last alcohol screen")
                        .map(e -> "Last alcohol screen " + CardText.date(e.date()) + "; none in the last " + period)
                        .orElse("No AUDIT-C, AUDIT or alcohol units in the record");
                action = "- **Very brief advice:** " + ASK_PERMISSION + "then the 3 AUDIT-C questions. Advise: "
                        + UNITS + ". Act: record the AUDIT-C score; a score of "
                        + "5 or more means completing the full AUDIT.\n";
            }
            case "Complete full AUDIT" -> {
                Evidence auditC = LifestyleCardText.find(finding, "AUDIT-C score").orElseThrow();
                facts = "AUDIT-C " + auditC.value() + " on " + CardText.date(auditC.date())
                        + " (positive from " + CardText.value(finding, "AUDIT-C positive from")
                        + "); no full AUDIT recorded since";
                action = "- **Very brief advice:** " + ASK_PERMISSION + "then the remaining AUDIT questions. "
                        + "Advise by score: 8 to 15, alcohol brief advice (" + UNITS + "); 16 to 19, brief advice "
                        + "and consider referral if there is alcohol-related harm; 20 or more, offer a specialist "
                        + "alcohol assessment instead. Act: record the AUDIT score and what was done.\n";
            }
            case "Increasing risk", "Higher risk" -> {
                facts = audit(finding) + ": " + prompt.toLowerCase() + " (AUDIT "
                        + ("Higher risk".equals(prompt) ? "16 to 19)" : "8 to 15)");
                action = "- **Alcohol brief advice:** " + ASK_PERMISSION + "Advise: " + UNITS + "; cutting down "
                        + "lowers the risk. Act: "
                        + ("Higher risk".equals(prompt)
                        ? "consider referral to the local alcohol service if there is alcohol-related harm; " : "")
                        + "signpost the local alcohol service; record the AUDIT score and the brief intervention.\n";
            }
            default -> {
                facts = audit(finding) + ": possible dependence (AUDIT 20 or more)";
                action = "- **Action:** " + ASK_PERMISSION + "Act: offer a specialist alcohol assessment and "
                        + "refer to the local alcohol service; do not handle this in the consultation alone. "
                        + "Record the AUDIT score and the referral or the decline.\n";
            }
        }
        return "- " + facts + ".\n" + action + "- Why: " + why(finding) + "\n"
                + "- Source: UK clinical guidelines for alcohol treatment, chapter 3 (gov.uk).";
    }

    private static String why(Finding finding) {
        String age = "aged " + CardText.value(finding, "Age");
        if (LifestyleCardText.find(finding, "On the SMI register").isPresent()) {
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
    public List<Link> links() {
        return List.of(Link.absolute("UK clinical guidelines for alcohol treatment, chapter 3 (gov.uk)",
                LifestyleCardText.ALCOHOL_GUIDANCE));
    }
}
