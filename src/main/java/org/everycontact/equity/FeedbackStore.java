package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stores feedback idempotently: posting the same outcome again changes nothing, so a client that
 * retries after a timeout cannot double-count. While the database is unreachable it refuses with
 * {@link DatabaseUnavailable}, so the client retries rather than the outcome being lost; outcomes
 * stored before the database went away are then found as already stored. An override with a coded
 * reason then dismisses the card's rules ({@link IssuedCardLog#overridden}); that is done again when the
 * same outcome is posted again, so a retry also completes a dismissal the database went away before.
 */
@ApplicationScoped
public class FeedbackStore {

    /** How many outcomes were new and how many had been stored before. */
    public record Stored(int created, int duplicates) {
    }

    private final Duration retryAfter;
    private final IssuedCardLog cards;

    public FeedbackStore(EquityParameters parameters, IssuedCardLog cards) {
        this.retryAfter = parameters.feedbackRetryAfter();
        this.cards = cards;
    }

    /** @throws DatabaseUnavailable when the database could not be reached */
    public Stored store(String serviceId, List<FeedbackOutcome> outcomes) {
        try {
            return storeEach(serviceId, outcomes);
        } catch (RuntimeException e) {
            if (DatabaseUnreachable.caused(e)) {
                throw new DatabaseUnavailable(retryAfter);
            }
            throw e;
        }
    }

    private Stored storeEach(String serviceId, List<FeedbackOutcome> outcomes) {
        int created = 0;
        for (FeedbackOutcome outcome : outcomes) {
            try {
                if (storeOne(serviceId, outcome)) {
                    created++;
                }
            } catch (PersistenceException raceWithSameOutcome) {
                if (!exists(serviceId, outcome)) {
                    throw raceWithSameOutcome;
                }
            }
            if (outcome.dismisses()) {
                cards.overridden(serviceId, outcome.cardUuid());
            }
        }
        return new Stored(created, outcomes.size() - created);
    }

    @Transactional
    boolean storeOne(String serviceId, FeedbackOutcome outcome) {
        if (exists(serviceId, outcome)) {
            return false;
        }
        CardFeedback row = new CardFeedback();
        row.serviceId = serviceId;
        row.cardUuid = outcome.cardUuid();
        row.outcome = outcome.outcome();
        row.outcomeTimestamp = outcome.outcomeTimestamp();
        row.acceptedSuggestions = outcome.acceptedSuggestions().isEmpty() ? null
                : String.join(",", outcome.acceptedSuggestions());
        if (outcome.overrideReason() != null) {
            row.overrideSystem = outcome.overrideReason().system();
            row.overrideCode = outcome.overrideReason().code();
        }
        row.receivedAt = Instant.now();
        row.persistAndFlush();
        return true;
    }

    @Transactional
    boolean exists(String serviceId, FeedbackOutcome outcome) {
        return CardFeedback.count("serviceId = ?1 and cardUuid = ?2 and outcome = ?3 and outcomeTimestamp = ?4",
                serviceId, outcome.cardUuid(), outcome.outcome(), outcome.outcomeTimestamp()) > 0;
    }

    @Transactional
    public List<CardFeedback> forCard(String cardUuid) {
        return CardFeedback.list("cardUuid", cardUuid);
    }
}
