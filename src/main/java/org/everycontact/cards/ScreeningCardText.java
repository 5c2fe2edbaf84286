package org.everycontact.cards;

import org.everycontact.opportunities.Finding;

/**
 * What the cancer screening and children's cards share: sources, the last-or-none evidence line, and
 * intervals in words.
 */
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

    /**
     * The first evidence bullet of the bowel and breast cards: "- {recorded} 14 Mar 2022; none in the last
     * 30 months." for the latest screening, or "- {none}" when nothing is recorded.
     */
    static String lastOrNone(Finding finding, String recorded, String none) {
        int months = lookBackMonths(finding);
        return finding.evidence().stream().filter(e -> e.date() != null).findFirst()
                .map(e -> "- " + recorded + " " + CardText.date(e.date()) + "; none in the last " + months + " months.")
                .orElse("- " + none);
    }

    static int lookBackMonths(Finding finding) {
        return months(finding, "Look-back (months)");
    }

    /** The screening interval in words ("2 years"). */
    static String interval(Finding finding) {
        return years(months(finding, "Interval (months)"));
    }

    private static int months(Finding finding, String label) {
        return Integer.parseInt(CardText.value(finding, label));
    }

    private static String years(int months) {
        return months % 12 == 0 ? (months / 12) + " years" : months + " months";
    }
}
