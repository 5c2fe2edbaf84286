package org.everycontact.cards;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * Card for R-LIP-02 Established CVD above lipid target (clinical-spec §6.2, §9.3), in its two
 * variants: a result above target, and "lipid profile due" when there is no result in 12 months.
 */
final class CvdAboveLipidTargetCardWriter implements RuleCardWriter {

    private static final String DUE = "Lipid profile due";

    @Override
    public String ruleId() {
        return "R-LIP-02";
    }

    @Override
    public String summary(Finding finding) {
        String condition = CardiovascularCardText.shortCondition(finding);
        if (due(finding)) {
            return condition + ": no cholesterol result in "
                    + CardiovascularCardText.period(finding, "Look-back (months)") + " — lipid profile due";
        }
        Evidence result = CardText.reading(finding).orElseThrow();
        return condition + ": " + measure(result) + " " + mmol(result) + " (" + CardText.date(result.date())
                + ") is above NICE target ≤" + CardText.value(finding, "Target (mmol/L)") + " — review lipid therapy";
    }

    @Override
    public String detail(Finding finding) {
        String why = "- Why: " + CardText.value(finding, "Condition").toLowerCase(Locale.ENGLISH)
                + " recorded; NICE target for secondary prevention: LDL cholesterol "
                + CardText.value(finding, "LDL target (mmol/L)") + " mmol/L or less, or non-HDL cholesterol "
                + CardText.value(finding, "Non-HDL target (mmol/L)") + " mmol/L or less.\n";
        String source = "- Source: NICE QS100 statement 5; NICE NG238; QOF CHOL004.";
        if (due(finding)) {
            Optional<Evidence> last = finding.evidence().stream()
                    .filter(e -> "Last cholesterol result".equals(e.label())).findFirst();
            String lookback = CardiovascularCardText.period(finding, "Look-back (months)");
            return last.map(e -> "- Last LDL or non-HDL cholesterol " + CardText.date(e.date()) + "; none in the last "
                            + lookback + ".\n")
                    .orElse("- No LDL or non-HDL cholesterol result found in the record.\n")
                    + "- **Action:** offer a lipid profile (LDL and non-HDL cholesterol) to check lipid-lowering "
                    + "therapy against the target.\n"
                    + why + source;
        }
        Evidence result = CardText.reading(finding).orElseThrow();
        return "- " + result.label() + " " + result.value() + " on " + CardText.date(result.date())
                + " is above the target (" + CardText.value(finding, "Target (mmol/L)") + " mmol/L or less).\n"
                + "- **Action:** review lipid-lowering therapy and adherence with the patient (NICE NG238 lipid "
                + "optimisation).\n"
                + why + source;
    }

    @Override
    public Source source() {
        return new Source("NICE QS100; NICE NG238; QOF CHOL004", CardiovascularCardText.QS100,
                CardTopics.of(ruleId(), "Established CVD above lipid target"));
    }

    @Override
    public List<Link> guidance() {
        return List.of(CardiovascularCardText.NG238_LINK);
    }

    private static boolean due(Finding finding) {
        return finding.evidence().stream().anyMatch(e -> DUE.equals(e.label()));
    }

    private static String measure(Evidence result) {
        return "LDL cholesterol".equals(result.label()) ? "LDL" : "non-HDL";
    }

    /** "2.33 mmol/L" from "2.33 mmol/L (90 mg/dL)". */
    private static String mmol(Evidence result) {
        int converted = result.value().indexOf(" (");
        return converted < 0 ? result.value() : result.value().substring(0, converted);
    }
}
