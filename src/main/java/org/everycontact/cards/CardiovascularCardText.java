package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** What the lipid and NHS Health Check cards share: their guidance pages and how they name a register. */
final class CardiovascularCardText {

    /** NICE NG238 Cardiovascular disease: risk assessment and reduction, including lipid modification. */
    static final String NG238 = "https://www.nice.org.uk/guidance/ng238";
    static final Link NG238_LINK = Link.absolute("NICE NG238: Cardiovascular disease risk and lipid modification",
            NG238);
    /** NICE QS100 Cardiovascular risk assessment and lipid modification (quality standard). */
    static final String QS100 = "https://www.nice.org.uk/guidance/qs100";
    /** NHS Health Check programme (OHID review, clinical-spec S14). */
    static final String HEALTH_CHECK = "https://www.gov.uk/government/publications/nhs-health-check-programme-review";

    private CardiovascularCardText() {
    }

    /** The short name of the register a finding's "Condition" evidence names: "CHD", "PAD", "Stroke", "TIA". */
    static String shortCondition(Finding finding) {
        String condition = CardText.value(finding, "Condition");
        return switch (condition) {
            case "Coronary heart disease" -> "CHD";
            case "Peripheral arterial disease" -> "PAD";
            case "Transient ischaemic attack" -> "TIA";
            default -> condition;
        };
    }

    /** "6 months", "5 years" from a finding's evidence with the given label. */
    static String period(Finding finding, String label) {
        int months = Integer.parseInt(CardText.value(finding, label));
        return months % 12 == 0 && months >= 24 ? (months / 12) + " years" : months + " months";
    }
}
