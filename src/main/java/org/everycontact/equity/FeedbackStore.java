package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Stores feedback idempotently: posting the same outcome again changes nothing, so a client that
 * retries after a timeout cannot double-count.
 */
@ApplicationScoped
public class FeedbackStore {

    /** How many outcomes were new and how many had been stored before. */
    public record Stored(int created, int duplicates) {
    }

    public Stored store(String serviceId, List<FeedbackOutcome> outcomes) {
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
