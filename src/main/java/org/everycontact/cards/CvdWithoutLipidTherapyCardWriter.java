package org.everycontact.cards;

import java.util.Locale;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-LIP-01 Established CVD not on lipid-lowering therapy (clinical-spec §6.2, §9.3). */
final class CvdWithoutLipidTherapyCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-LIP-01";
    }

    @Override
    public String summary(Finding finding) {
        return CardText.value(finding, "Condition") + " with no statin issued in "
                + CardiovascularCardText.period(finding, "Look-back (months)") + " — review lipid-lowering therapy";
    }

    @Override
    public String detail(Finding finding) {
        String lookback = CardiovascularCardText.period(finding, "Look-back (months)");
        String statin = dated(finding, "Last statin issued")
                .map(e -> "- Last statin issued " + CardText.date(e.date()) + "; none in the last " + lookback + ".\n")
                .orElse("- No statin issue found in the record; none in the last " + lookback + ".\n");
        String unsuitable = dated(finding, "Statin declined, contraindicated or not tolerated")
                .map(e -> "- Statin declined, contraindicated or not tolerated recorded " + CardText.date(e.date())
                        + "; no alternative lipid-lowering therapy (ezetimibe, bempedoic acid, inclisiran, "
                        + "alirocumab, evolocumab or icosapent ethyl) issued in the last " + lookback + ".\n")
                .orElse("");
        return statin + unsuitable
                + "- **Action:** review lipid-lowering therapy with the patient: NICE NG238 recommends offering "
                + "a statin for secondary prevention after a shared decision; if a statin is declined or not "
                + "tolerated, consider an alternative.\n"
                + "- Why: " + CardText.value(finding, "Condition").toLowerCase(Locale.ENGLISH)
                + " recorded (established cardiovascular or kidney disease).\n"
                + "- Source: NICE NG238 Cardiovascular disease: risk assessment and reduction, including lipid "
                + "modification; QOF CHOL003.";
    }

    @Override
    public Source source() {
        return new Source("NICE NG238; QOF CHOL003", CardiovascularCardText.NG238,
                CardTopics.of(ruleId(), "Established CVD not on lipid-lowering therapy"));
    }

    private static Optional<Evidence> dated(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label()) && e.date() != null).findFirst();
    }
}
