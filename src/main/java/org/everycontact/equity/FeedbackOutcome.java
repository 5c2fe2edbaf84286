package org.everycontact.equity;

import java.time.Instant;
import java.util.List;

/**
 * What a clinician did with one card, as the CDS client reported it. A free-text user comment is
 * deliberately not part of it: it may hold patient details, so it is never stored.
 *
 * @param outcome {@code accepted} or {@code overridden}
 * @param acceptedSuggestions uuids of the suggestions accepted
 * @param overrideReason the coded reason for an override, or null
 */
public record FeedbackOutcome(
        String cardUuid,
        String outcome,
        Instant outcomeTimestamp,
        List<String> acceptedSuggestions,
        OverrideReason overrideReason) {

    public record OverrideReason(String system, String code) {
    }

    /** Whether it dismisses the card (clinical-spec §7 C4): an override with a coded reason. */
    public boolean dismisses() {
        return outcome.equals("overridden") && overrideReason != null && overrideReason.code() != null;
    }
}
