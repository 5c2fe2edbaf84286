package org.everycontact.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** Formatting shared by card wording: dates as a GP reads them ("14 Mar 2022"). */
final class CardText {

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

    static String value(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label()))
                .map(Evidence::value).findFirst().orElseThrow();
    }
}
