package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/** What the cancer screening and children's cards share: sources, and a look-back in words. */
final class ScreeningCardText {

    static final String CORE20PLUS5_CYP = "https://www.england.nhs.uk/about/equality/equality-hub/"
            + "national-healthcare-inequalities-improvement-programme/core20plus5/core20plus5-cyp/";
    static final Link CORE20PLUS5_CYP_LINK = Link.absolute("NHS England: Core20PLUS5 for children and young people",
            CORE20PLUS5_CYP);
    static final String PRIORITISED = "Prioritised under NHS Core20PLUS5 (local health inequalities programme).";
    static final String NOT_A_JUDGEMENT = "Screening invitations and results come from the national programme and "
            + "are not always in the GP record: this is a prompt to check and encourage.";

    private ScreeningCardText() {
    }

    static int months(Finding finding, String label) {
        return Integer.parseInt(CardText.value(finding, label));
    }

    static String years(int months) {
        return months % 12 == 0 ? (months / 12) + " years" : months + " months";
    }
}
