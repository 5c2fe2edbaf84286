package org.everycontact.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by card wording: dates as a GP reads them ("14 Mar 2022"). */
final class CardText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private CardText() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
