package org.everycontact.equity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One feedback outcome joined to the card it is about.
 *
 * @param ruleIds the rules the card presented
 * @param issuedOn the as-of date of the call that issued the card
 * @param overrideCode the coded override reason, or null
 * @param acceptedSuggestions uuids of the suggestions accepted
 */
public record JoinedFeedback(
        String cardUuid,
        String serviceId,
        Set<String> ruleIds,
        String patientPseudonym,
        LocalDate issuedOn,
        String outcome,
        String overrideCode,
        List<String> acceptedSuggestions,
        Instant outcomeTimestamp) {
}
