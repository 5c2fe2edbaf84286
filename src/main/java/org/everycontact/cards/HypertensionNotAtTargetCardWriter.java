package org.everycontact.cards;

import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-HTN-04 Hypertension not at target / not reviewed (clinical-spec §6.1, §9.3). */
final class HypertensionNotAtTargetCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-HTN-04";
    }

    @Override
    public String summary(Finding finding) {
        Optional<Evidence> target = target(finding);
        if (target.isPresent()) {
            Evidence bp = CardText.reading(finding).orElseThrow();
            return "Hypertension: " + kind(bp) + " " + bp.value() + " (" + CardText.date(bp.date())
                    + ") above target " + target.get().value() + " — review treatment";
        }
        return "Hypertension: no blood pressure recorded in " + lookback(finding) + " — check BP and review";
    }

    @Override
    public String detail(Finding finding) {
        Optional<Evidence> target = target(finding);
        Optional<Evidence> bp = CardText.reading(finding);
        String facts;
        if (target.isPresent()) {
            facts = "- " + bp.orElseThrow().label() + " " + bp.get().value() + " on " + CardText.date(bp.get().date())
                    + " is above the target (" + target.get().value() + " or lower).\n";
        } else {
            facts = bp.map(b -> "- Last blood pressure " + b.value() + " on " + CardText.date(b.date())
                            + "; none in the last " + lookback(finding) + ".\n")
                    .orElse("- No blood pressure reading found in the record.\n");
        }
        return facts
                + "- **Action:** " + (target.isPresent()
                        ? "review antihypertensive treatment and adherence; consider ABPM/HBPM to confirm.\n"
                        : "measure blood pressure today and review hypertension treatment.\n")
                + "- Why: on the hypertension register, aged " + CardText.value(finding, "Age")
                + (frail(finding) ? ", moderate or severe frailty recorded" : "")
                + "; NICE target clinic 140/90 (home/ambulatory 135/85) to age 79, 150/90 (145/85) from 80"
                + " or with moderate or severe frailty.\n"
                + "- Source: NICE NG136 Hypertension in adults; "
                + CardText.qof(finding, "QOF hypertension indicators") + ".";
    }

    @Override
    public Source source() {
        return new Source("NICE NG136; QOF", CardText.NG136,
                CardTopics.of(ruleId(), "Hypertension not at target"));
    }

    private static boolean frail(Finding finding) {
        return finding.evidence().stream().anyMatch(e -> "Moderate or severe frailty".equals(e.label()));
    }

    private static Optional<Evidence> target(Finding finding) {
        return finding.evidence().stream().filter(e -> "Target".equals(e.label())).findFirst();
    }

    private static String kind(Evidence bp) {
        return switch (bp.label()) {
            case "Home blood pressure average" -> "home BP";
            case "Ambulatory daytime average" -> "ABPM";
            default -> "clinic BP";
        };
    }

    private static String lookback(Finding finding) {
        int months = Integer.parseInt(CardText.value(finding, "Look-back (months)"));
        return months == 12 ? "12 months" : months + " months";
    }
}
