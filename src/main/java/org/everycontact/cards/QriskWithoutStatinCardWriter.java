package org.everycontact.cards;

import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Card for R-LIP-03 Primary prevention: QRISK3 10% or more and not on a statin (clinical-spec §6.2, §9.3). */
final class QriskWithoutStatinCardWriter implements RuleCardWriter {

    @Override
    public String ruleId() {
        return "R-LIP-03";
    }

    @Override
    public String summary(Finding finding) {
        Evidence score = CardText.reading(finding).orElseThrow();
        return "QRISK " + score.value() + " (" + CardText.date(score.date()) + ") with no statin in "
                + CardiovascularCardText.period(finding, "Look-back (months)")
                + " — discuss statin for primary prevention";
    }

    @Override
    public String detail(Finding finding) {
        Evidence score = CardText.reading(finding).orElseThrow();
        return "- 10-year cardiovascular risk (QRISK) " + score.value() + " recorded " + CardText.date(score.date())
                + "; no statin issued in the last " + CardiovascularCardText.period(finding, "Look-back (months)")
                + " and no statin declined or contraindicated recorded.\n"
                + "- **Action:** discuss the benefits and risks of statin treatment for primary prevention as a "
                + "shared decision, alongside lifestyle advice.\n"
                + "- Why: aged " + CardText.value(finding, "Age") + "; NICE recommends offering a statin when the "
                + "QRISK3 10-year risk is " + CardText.value(finding, "Threshold (%)") + "% or more. EveryContact "
                + "reads the recorded score and does not calculate QRISK.\n"
                + "- Source: NICE NG238 (QRISK3 for people aged 25 to 84); NICE QS100 statement 3.";
    }

    @Override
    public Source source() {
        return new Source("NICE NG238; NICE QS100", CardiovascularCardText.NG238,
                CardTopics.of(ruleId(), "QRISK 10% or more without a statin"));
    }
}
