package org.everycontact.equity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.Dismissal;

/**
 * Records the cards each call issued, off the hook's hot path ({@link OffPathWriter}), and answers
 * which of a patient's rules were dismissed with an override reason, from {@link CardDismissal}.
 * A dismissal needs both the overriding feedback and the issued card, which may be stored in either
 * order and by different instances; each side commits its own row first and then looks for the
 * other's, so at least one of them finds it, and both may (the dismissal is then recorded once). A
 * card whose row is still queued, or waits for an unreachable database, is held in memory until it is
 * written, so feedback that overtakes the write on this instance takes effect at once. The read waits
 * for the database no longer than {@link BoundedReads} allows.
 */
@ApplicationScoped
public class IssuedCardLog {

    /**
     * A patient's dismissals within the snooze window (ix_card_dismissal_patient, V9): a handful of rows,
     * filtered to the rules in play here. Without a list parameter Hibernate translates it once, not per
     * call (the translation was most of the read's cost under load).
     */
    private static final String DISMISSED = """
            select distinct d.ruleId, d.asOfDate from CardDismissal d
            where d.patientPseudonym = ?1 and d.asOfDate >= ?2""";

    /** Which of a batch of cards already have overriding feedback (ix_card_feedback_card_outcome, V8). */
    private static final String OVERRIDDEN = """
            select distinct f.cardUuid from CardFeedback f
            where f.cardUuid in ?1 and f.outcome = 'overridden' and f.serviceId = ?2 and f.overrideCode is not null""";

    /** Cards per dismissal-check query, to keep its IN list short. */
    private static final int CHECK_CHUNK = 500;

    record Issued(CardIssue issue, Set<String> ruleIds) {
    }

    /** Cards whose rows the writer's transaction has just written. */
    record CardsWritten(Map<String, Issued> cards) {
    }

    private final OffPathWriter writer;
    private final BoundedReads reads;
    private final Event<CardsWritten> written;
    private final Map<String, Issued> unwritten = new ConcurrentHashMap<>();
    private final Map<String, Issued> awaitingCheck = new ConcurrentHashMap<>();
    private final AtomicBoolean checkQueued = new AtomicBoolean();

    public IssuedCardLog(OffPathWriter writer, BoundedReads reads, Event<CardsWritten> written) {
        this.writer = writer;
        this.reads = reads;
        this.written = written;
    }

    /** Queues the record of the cards; returns at once. */
    public void record(CardIssue issue, List<Card> cards) {
        Map<String, Issued> batch = new LinkedHashMap<>();
        cards.forEach(card -> batch.put(card.uuid(), new Issued(issue, ruleIds(card))));
        if (batch.isEmpty()) {
            return;
        }
        unwritten.putAll(batch);
        Runnable forget = () -> unwritten.keySet().removeAll(batch.keySet());
        Runnable write = () -> {
            batch.forEach(IssuedCardLog::persist);
            written.fire(new CardsWritten(batch));
        };
        if (!writer.submit("issued-card record", write, forget)) {
            forget.run();
        }
    }

    /**
     * Once the cards' rows are committed, has them checked for overriding feedback stored before them
     * (it overtook the write, or reached another instance; normally there is none), which records their
     * dismissals. One check at a time waits, ahead of the writer's bounded queue (a full queue cannot
     * drop it), and takes every card committed by the time it runs, so that under load the writer runs
     * one query per batch of cards rather than one per call.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardsWritten cards) {
        awaitingCheck.putAll(cards.cards());
        if (checkQueued.compareAndSet(false, true)
                && !writer.submitFollowUp("issued-card dismissal check", new DismissalCheck())) {
            checkQueued.set(false);
        }
    }

    /**
     * Takes the cards awaiting the check when it first runs, and keeps them should the writer run it
     * again (its batch found the database unreachable, or failed for another write). Each dismissal it
     * finds is recorded in a transaction of its own, so a race lost to the feedback's own recording of
     * the same dismissal costs nothing (see {@link #dismissing}).
     */
    private final class DismissalCheck implements Runnable {

        private Map<String, Issued> cards;

        @Override
        public void run() {
            if (cards == null) {
                checkQueued.set(false);
                cards = new HashMap<>();
                awaitingCheck.keySet().forEach(uuid -> {
                    Issued issued = awaitingCheck.remove(uuid);
                    if (issued != null) {
                        cards.put(uuid, issued);
                    }
                });
            }
            Map<String, List<String>> byService = cards.entrySet().stream().collect(Collectors.groupingBy(
                    card -> card.getValue().issue().serviceId(),
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
            byService.forEach((serviceId, uuids) -> {
                for (int from = 0; from < uuids.size(); from += CHECK_CHUNK) {
                    IssuedCard.getEntityManager().createQuery(OVERRIDDEN, String.class)
                            .setParameter(1, uuids.subList(from, Math.min(from + CHECK_CHUNK, uuids.size())))
                            .setParameter(2, serviceId)
                            .getResultList()
                            .forEach(uuid -> dismissing(() -> dismiss(uuid, cards.get(uuid))));
                }
            });
        }
    }

    private static void persist(String uuid, Issued issued) {
        IssuedCard row = new IssuedCard();
        row.cardUuid = uuid;
        row.serviceId = issued.issue().serviceId();
        row.hookInstance = issued.issue().hookInstance();
        row.patientPseudonym = issued.issue().patientPseudonym();
        row.asOfDate = issued.issue().asOf();
        row.issuedAt = issued.issue().issuedAt();
        row.ruleIds.addAll(issued.ruleIds());
        row.persist();
    }

    private static Set<String> ruleIds(Card card) {
        Object findings = card.extension() == null ? null : card.extension().get(CardComposer.FINDINGS_EXTENSION);
        return findings instanceof List<?> ids
                ? ids.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet())
                : Set.of();
    }

    /**
     * Records the dismissal of {@code cardUuid} by overriding feedback with a coded reason, once that
     * feedback is committed: from the card held here until written, or else from its row. A card not
     * written yet by another instance is dismissed when that instance writes it. Idempotent.
     */
    void overridden(String serviceId, String cardUuid) {
        dismissing(() -> issued(cardUuid)
                .filter(issued -> issued.issue().serviceId().equals(serviceId))
                .ifPresent(issued -> dismiss(cardUuid, issued)));
    }

    /** The card held here until written, or else its row: held first, as it is forgotten only once written. */
    private Optional<Issued> issued(String cardUuid) {
        Issued held = unwritten.get(cardUuid);
        if (held != null) {
            return Optional.of(held);
        }
        return IssuedCard.<IssuedCard>findByIdOptional(cardUuid).map(row -> new Issued(
                new CardIssue(row.serviceId, row.hookInstance, row.patientPseudonym, row.asOfDate, row.issuedAt),
                Set.copyOf(row.ruleIds)));
    }

    private static void dismiss(String cardUuid, Issued issued) {
        CardDismissal.record(cardUuid, issued.issue().patientPseudonym(), issued.issue().asOf(), issued.ruleIds());
    }

    /**
     * Runs a dismissal's write in a transaction of its own, and once more if it lost a race with the
     * same dismissal written from the other side (feedback and card both found each other); the second
     * run finds those rows recorded.
     */
    private static void dismissing(Runnable write) {
        try {
            QuarkusTransaction.requiringNew().run(write);
        } catch (RuntimeException e) {
            if (!DuplicateKey.caused(e)) {
                throw e;
            }
            QuarkusTransaction.requiringNew().run(write);
        }
    }

    /**
     * Which of {@code ruleIds} (the rules in play on this call) are on the patient's cards issued on or
     * after {@code since} that a clinician dismissed with an override reason (recorded as the feedback is
     * stored, even while the card's row is still queued here); unreadable when the database does not
     * answer within {@code everycontact.equity.read-timeout}. With no rule in play there is nothing to
     * read.
     */
    public Dismissals dismissals(String patientPseudonym, Set<String> ruleIds, LocalDate since) {
        if (ruleIds.isEmpty()) {
            return Dismissals.of(List.of());
        }
        return reads.read(() -> QuarkusTransaction.requiringNew().call(() -> IssuedCard.getEntityManager()
                        .createQuery(DISMISSED, Object[].class)
                        .setParameter(1, patientPseudonym).setParameter(2, since)
                        .getResultList().stream()
                        .filter(row -> ruleIds.contains((String) row[0]))
                        .map(row -> new Dismissal((String) row[0], (LocalDate) row[1]))
                        .toList()))
                .map(Dismissals::of)
                .orElseGet(Dismissals::notRead);
    }
}
