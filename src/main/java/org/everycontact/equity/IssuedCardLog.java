package org.everycontact.equity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.Dismissal;

/**
 * Records the cards each call issued, off the hook's hot path ({@link OffPathWriter}), and answers
 * which of a patient's rules were dismissed with an override reason. Feedback is stored as it
 * arrives and joined to the issued card when read, so the order in which the two are written does
 * not matter; a card whose row is still queued, or waits for an unreachable database, is held in
 * memory until it is written, so feedback that overtakes the write takes effect at once. The read
 * waits for the database no longer than {@link BoundedReads} allows.
 */
@ApplicationScoped
public class IssuedCardLog {

    /**
     * Only the rows that can dismiss a card now: the patient's cards within the snooze window that carry
     * a rule in play and were overridden with a reason (index ix_issued_card_patient_cards, V8).
     */
    private static final String DISMISSED = """
            select distinct r, c.asOfDate from IssuedCard c join c.ruleIds r, CardFeedback f
            where f.cardUuid = c.cardUuid and f.serviceId = c.serviceId
              and c.patientPseudonym = ?1 and c.asOfDate >= ?2 and r in ?3
              and f.outcome = 'overridden' and f.overrideCode is not null""";

    private record Issued(CardIssue issue, Set<String> ruleIds) {
    }

    private final OffPathWriter writer;
    private final BoundedReads reads;
    private final Map<String, Issued> unwritten = new ConcurrentHashMap<>();

    public IssuedCardLog(OffPathWriter writer, BoundedReads reads) {
        this.writer = writer;
        this.reads = reads;
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
        if (!writer.submit("issued-card record", () -> batch.forEach(IssuedCardLog::persist), forget)) {
            forget.run();
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
     * Which of {@code ruleIds} (the rules in play on this call) are on the patient's cards issued on or
     * after {@code since} that a clinician dismissed with an override reason, whether the card's row is
     * written yet or not; unreadable when the database does not answer within
     * {@code everycontact.equity.read-timeout}. With no rule in play there is nothing to read.
     */
    public Dismissals dismissals(String patientPseudonym, Set<String> ruleIds, LocalDate since) {
        if (ruleIds.isEmpty()) {
            return Dismissals.of(List.of());
        }
        return reads.read(() -> QuarkusTransaction.requiringNew().call(() -> read(patientPseudonym, ruleIds, since)))
                .map(Dismissals::of)
                .orElseGet(Dismissals::notRead);
    }

    private List<Dismissal> read(String patientPseudonym, Set<String> ruleIds, LocalDate since) {
        // Cards still queued are read first: one written meanwhile is then in the table.
        Map<String, Issued> queued = unwritten.entrySet().stream()
                .filter(e -> e.getValue().issue().patientPseudonym().equals(patientPseudonym)
                        && !e.getValue().issue().asOf().isBefore(since))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Dismissal> dismissals = new ArrayList<>();
        IssuedCard.getEntityManager().createQuery(DISMISSED, Object[].class)
                .setParameter(1, patientPseudonym).setParameter(2, since).setParameter(3, ruleIds)
                .getResultStream()
                .forEach(row -> dismissals.add(new Dismissal((String) row[0], (LocalDate) row[1])));
        if (!queued.isEmpty()) {
            CardFeedback.<CardFeedback>list("cardUuid in ?1 and outcome = 'overridden' and overrideCode is not null",
                            queued.keySet()).stream()
                    .filter(f -> queued.get(f.cardUuid).issue().serviceId().equals(f.serviceId))
                    .forEach(f -> queued.get(f.cardUuid).ruleIds().stream().filter(ruleIds::contains)
                            .forEach(rule -> dismissals.add(new Dismissal(rule, queued.get(f.cardUuid).issue().asOf()))));
        }
        return dismissals;
    }
}
