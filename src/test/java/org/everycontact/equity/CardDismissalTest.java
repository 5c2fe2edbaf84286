package org.everycontact.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.Dismissal;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.support.QueuedWrites;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: dismissals are kept in card_dismissal, written when overriding feedback and its issued card
 * meet, in either order and whichever instance stored the other, once however often each side finds
 * the other; the snooze read returns only the patient's dismissals of the rules in play within the
 * window.
 */
@QuarkusTest
class CardDismissalTest {

    private static final String SERVICE = "everycontact";
    private static final String BP = "R-HTN-03";
    private static final String CHOLESTEROL = "R-CVD-01";
    private static final Set<String> IN_PLAY = Set.of(BP, CHOLESTEROL);
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-26");
    private static final LocalDate SINCE = AS_OF.minusDays(29);
    private static final Instant OVERRIDDEN_AT = Instant.parse("2026-11-26T10:16:02Z");

    @Inject
    IssuedCardLog log;

    @Inject
    FeedbackStore feedback;

    @Inject
    OffPathWriter writer;

    @Test
    void feedbackOnAWrittenCardDismissesItsRules() throws InterruptedException {
        String patient = patient();
        Card card = written(patient, card(BP, CHOLESTEROL));

        feedback.store(SERVICE, List.of(overridden(card.uuid())));

        assertEquals(Set.of(new Dismissal(BP, AS_OF), new Dismissal(CHOLESTEROL, AS_OF)), dismissed(patient));
        assertEquals(2, rows(card.uuid()));
    }

    @Test
    void feedbackOnACardStillQueuedDismissesAtOnceAndOnlyOnceWhenTheCardIsWritten() throws InterruptedException {
        String patient = patient();
        Card card = card(BP);
        CountDownLatch gate = QueuedWrites.hold(writer);
        try {
            log.record(issue(patient), List.of(card));
            feedback.store(SERVICE, List.of(overridden(card.uuid())));
            assertFalse(rowWritten(card.uuid()));
            assertEquals(Set.of(new Dismissal(BP, AS_OF)), dismissed(patient));
        } finally {
            gate.countDown();
        }
        QueuedWrites.await(writer);
        assertTrue(rowWritten(card.uuid()));
        assertEquals(Set.of(new Dismissal(BP, AS_OF)), dismissed(patient));
        assertEquals(1, rows(card.uuid()));
    }

    @Test
    void feedbackOnACardAnotherInstanceWroteDismissesIt() {
        String patient = patient();
        String card = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            IssuedCard row = new IssuedCard();
            row.cardUuid = card;
            row.serviceId = SERVICE;
            row.hookInstance = UUID.randomUUID().toString();
            row.patientPseudonym = patient;
            row.asOfDate = AS_OF;
            row.issuedAt = OVERRIDDEN_AT.minusSeconds(60);
            row.ruleIds.add(BP);
            row.persist();
        });

        feedback.store(SERVICE, List.of(overridden(card)));

        assertEquals(Set.of(new Dismissal(BP, AS_OF)), dismissed(patient));
    }

    @Test
    void aCardWrittenAfterItsFeedbackWasStoredElsewhereIsDismissedWhenWritten() throws InterruptedException {
        String patient = patient();
        Card card = card(BP);
        feedback.store(SERVICE, List.of(overridden(card.uuid())));
        assertEquals(Set.of(), dismissed(patient));

        log.record(issue(patient), List.of(card));
        QueuedWrites.await(writer);

        assertEquals(Set.of(new Dismissal(BP, AS_OF)), dismissed(patient));
        assertEquals(1, rows(card.uuid()));
    }

    @Test
    void cardsOfManyCallsWrittenTogetherAreEachCheckedForFeedbackStoredElsewhere() throws InterruptedException {
        List<String> patients = List.of(patient(), patient(), patient());
        List<Card> cards = List.of(card(BP), card(CHOLESTEROL), card(BP, CHOLESTEROL));
        Card notOverridden = card(BP);
        cards.forEach(card -> feedback.store(SERVICE, List.of(overridden(card.uuid()))));

        CountDownLatch gate = QueuedWrites.hold(writer);
        try {
            for (int i = 0; i < cards.size(); i++) {
                log.record(issue(patients.get(i)), List.of(cards.get(i)));
            }
            log.record(issue(patients.get(0)), List.of(notOverridden));
        } finally {
            gate.countDown();
        }
        QueuedWrites.await(writer);

        assertEquals(Set.of(new Dismissal(BP, AS_OF)), dismissed(patients.get(0)));
        assertEquals(Set.of(new Dismissal(CHOLESTEROL, AS_OF)), dismissed(patients.get(1)));
        assertEquals(Set.of(new Dismissal(BP, AS_OF), new Dismissal(CHOLESTEROL, AS_OF)), dismissed(patients.get(2)));
        assertEquals(0, rows(notOverridden.uuid()));
    }

    @Test
    void feedbackPostedAgainOrOverriddenTwiceDoesNotDuplicateTheDismissal() throws InterruptedException {
        String patient = patient();
        Card card = written(patient, card(BP, CHOLESTEROL));

        assertEquals(new FeedbackStore.Stored(1, 0), feedback.store(SERVICE, List.of(overridden(card.uuid()))));
        assertEquals(new FeedbackStore.Stored(0, 1), feedback.store(SERVICE, List.of(overridden(card.uuid()))));
        FeedbackOutcome later = new FeedbackOutcome(card.uuid(), "overridden", OVERRIDDEN_AT.plusSeconds(60), List.of(),
                new FeedbackOutcome.OverrideReason(OverrideReasons.SYSTEM, "not-appropriate-now"));
        assertEquals(new FeedbackStore.Stored(1, 0), feedback.store(SERVICE, List.of(later)));

        assertEquals(2, rows(card.uuid()));
        assertEquals(Set.of(new Dismissal(BP, AS_OF), new Dismissal(CHOLESTEROL, AS_OF)), dismissed(patient));
    }

    @Test
    void acceptanceOverrideWithoutAReasonAndFeedbackFromAnotherServiceDismissNothing() throws InterruptedException {
        String patient = patient();
        Card accepted = written(patient, card(BP));
        Card withoutReason = written(patient, card(BP));
        Card otherService = written(patient, card(BP));

        feedback.store(SERVICE, List.of(
                new FeedbackOutcome(accepted.uuid(), "accepted", OVERRIDDEN_AT, List.of(), null),
                new FeedbackOutcome(withoutReason.uuid(), "overridden", OVERRIDDEN_AT, List.of(), null)));
        feedback.store("another-service", List.of(overridden(otherService.uuid())));

        assertEquals(Set.of(), dismissed(patient));
    }

    @Test
    void theReadReturnsOnlyThePatientsDismissalsOfRulesInPlayWithinTheWindow() {
        String patient = patient();
        dismissal(patient, BP, SINCE);
        dismissal(patient, BP, AS_OF);
        dismissal(patient, CHOLESTEROL, SINCE.minusDays(1));
        dismissal(patient, "R-NOT-IN-PLAY", AS_OF);
        dismissal(patient(), CHOLESTEROL, AS_OF);

        assertEquals(Set.of(new Dismissal(BP, SINCE), new Dismissal(BP, AS_OF)), dismissed(patient));
        Dismissals none = log.dismissals(patient, Set.of(), SINCE);
        assertEquals(List.of(), none.found());
        assertFalse(none.unreadable());
    }

    private Set<Dismissal> dismissed(String patient) {
        Dismissals dismissals = log.dismissals(patient, IN_PLAY, SINCE);
        assertFalse(dismissals.unreadable());
        assertEquals(Set.copyOf(dismissals.found()).size(), dismissals.found().size(), "distinct (rule, date) pairs");
        return Set.copyOf(dismissals.found());
    }

    private static String patient() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private Card written(String patient, Card card) throws InterruptedException {
        log.record(issue(patient), List.of(card));
        QueuedWrites.await(writer);
        return card;
    }

    private static CardIssue issue(String patient) {
        return new CardIssue(SERVICE, UUID.randomUUID().toString(), patient, AS_OF, OVERRIDDEN_AT.minusSeconds(60));
    }

    private static Card card(String... rules) {
        return new Card(UUID.randomUUID().toString(), "A test card", null, "info", null, List.of(), List.of(),
                Map.of(CardComposer.FINDINGS_EXTENSION, List.of(rules)));
    }

    private static FeedbackOutcome overridden(String card) {
        return new FeedbackOutcome(card, "overridden", OVERRIDDEN_AT, List.of(),
                new FeedbackOutcome.OverrideReason(OverrideReasons.SYSTEM, "patient-declined"));
    }

    private static void dismissal(String patient, String rule, LocalDate asOf) {
        QuarkusTransaction.requiringNew().run(() -> CardDismissal.record(UUID.randomUUID().toString(), patient, asOf,
                Set.of(rule)));
    }

    private static boolean rowWritten(String card) {
        return QuarkusTransaction.requiringNew().call(() -> IssuedCard.count("cardUuid", card)) == 1;
    }

    private static long rows(String card) {
        return QuarkusTransaction.requiringNew().call(() -> CardDismissal.count("cardUuid", card));
    }
}
