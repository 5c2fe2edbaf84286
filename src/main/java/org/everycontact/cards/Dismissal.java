package org.everycontact.cards;

import java.time.LocalDate;

/** A rule on a card a clinician dismissed with an override reason, and the as-of date the card was issued on. */
public record Dismissal(String ruleId, LocalDate issuedOn) {
}
