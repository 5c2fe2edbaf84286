package org.everycontact.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** What card wording shares: dates as a GP reads them ("14 Mar 2022"), evidence lookups, sources. */
final class CardText {

    /** NICE NG136 Hypertension in adults: the source of every blood-pressure card. */
    static final String NG136 = "https://www.nice.org.uk/guidance/ng136";
    static final Link NG136_LINK = Link.absolute("NICE NG136: Hypertension in adults", NG136);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private CardText() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The first evidence with a value and a date (a reading such as "152/94" on its day). */
    static Optional<Evidence> reading(Finding finding) {
        return finding.evidence().stream().filter(e -> e.value() != null && e.date() != null).findFirst();
    }

    /** The QOF indicator the finding names ("QOF HYP008 (2025/26)"), or the fallback when none is in force. */
    static String qof(Finding finding, String fallback) {
        return finding.evidence().stream().filter(e -> "QOF indicator".equals(e.label()))
                .map(e -> "QOF " + e.value()).findFirst().orElse(fallback);
    }

    static String value(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label()))
                .map(Evidence::value).findFirst().orElseThrow();
    }
}
