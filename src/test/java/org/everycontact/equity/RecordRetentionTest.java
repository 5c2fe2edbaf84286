package org.everycontact.equity;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, retention: the purge deletes hook calls, issued cards and feedback older than
 * {@code everycontact.equity.retention} (P2Y), child rows first and in batches (two rows in tests), with
 * the feedback and dismissals of a purged card, and the dismissals of cards never written by their
 * as-of date; what is newer stays, children included.
 */
@QuarkusTest
class RecordRetentionTest {

    private static final Instant THREE_YEARS_AGO = ZonedDateTime.now(ZoneOffset.UTC).minusYears(3).toInstant();
    private static final Instant YESTERDAY = Instant.now().minusSeconds(86_400);

    @Inject
    RecordRetention retention;

    @Test
    void recordsOlderThanTheRetentionPeriodArePurgedWithTheirChildRowsAndNewerOnesStay() {
        String tag = UUID.randomUUID().toString();
        List<Long> oldCalls = IntStream.range(0, 3).mapToObj(i -> invocation(tag, THREE_YEARS_AGO)).toList();
        long newCall = invocation(tag, YESTERDAY);
        List<String> oldCards = IntStream.range(0, 3).mapToObj(i -> card(THREE_YEARS_AGO)).toList();
        String newCard = card(YESTERDAY);
        String feedbackOnOldCard = feedback(oldCards.get(0), YESTERDAY);
        String feedbackOnNewCard = feedback(newCard, YESTERDAY);
        String oldFeedbackOnUnknownCard = feedback(UUID.randomUUID().toString(), THREE_YEARS_AGO);
        oldCards.forEach(card -> dismissal(card, THREE_YEARS_AGO));
        dismissal(newCard, YESTERDAY);
        List<String> oldUnwrittenCards = IntStream.range(0, 3)
                .mapToObj(i -> dismissal(UUID.randomUUID().toString(), THREE_YEARS_AGO)).toList();
        String newUnwrittenCard = dismissal(UUID.randomUUID().toString(), YESTERDAY);

        RecordRetention.Purged purged = retention.purge();

        assertThat(purged.invocations(), greaterThanOrEqualTo(3));
        assertThat(purged.cards(), greaterThanOrEqualTo(3));
        assertThat(purged.feedback(), greaterThanOrEqualTo(1));
        assertThat(purged.dismissals(), greaterThanOrEqualTo(3));
        for (long old : oldCalls) {
            assertEquals(0, rows("select count(*) from hook_invocation where id = ?1", old));
            assertEquals(0, rows("select count(*) from hook_invocation_cohort where invocation_id = ?1", old));
            assertEquals(0, rows("select count(*) from hook_invocation_card where invocation_id = ?1", old));
        }
        assertEquals(1, rows("select count(*) from hook_invocation where id = ?1", newCall));
        assertEquals(1, rows("select count(*) from hook_invocation_cohort where invocation_id = ?1", newCall));
        assertEquals(1, rows("select count(*) from hook_invocation_capped where invocation_id = ?1", newCall));
        for (String old : oldCards) {
            assertEquals(0, rows("select count(*) from issued_card where card_uuid = ?1", old));
            assertEquals(0, rows("select count(*) from issued_card_rule where card_uuid = ?1", old));
            assertEquals(0, rows("select count(*) from card_dismissal where card_uuid = ?1", old));
        }
        for (String old : oldUnwrittenCards) {
            assertEquals(0, rows("select count(*) from card_dismissal where card_uuid = ?1", old));
        }
        assertEquals(1, rows("select count(*) from card_dismissal where card_uuid = ?1", newCard));
        assertEquals(1, rows("select count(*) from card_dismissal where card_uuid = ?1", newUnwrittenCard));
        assertEquals(1, rows("select count(*) from issued_card_rule where card_uuid = ?1", newCard));
        assertEquals(0, rows("select count(*) from card_feedback where card_uuid = ?1", feedbackOnOldCard));
        assertEquals(1, rows("select count(*) from card_feedback where card_uuid = ?1", feedbackOnNewCard));
        assertEquals(0, rows("select count(*) from card_feedback where card_uuid = ?1", oldFeedbackOnUnknownCard));
    }

    private static long invocation(String tag, Instant received) {
        return QuarkusTransaction.requiringNew().call(() -> {
            HookInvocation row = new HookInvocation();
            row.receivedAt = received;
            row.asOfDate = LocalDate.ofInstant(received, ZoneOffset.UTC);
            row.serviceId = "everycontact";
            row.hook = "patient-view";
            row.hookInstance = tag;
            row.patientPseudonym = "0".repeat(64);
            row.ethnicGroup = "UNKNOWN";
            row.cohortIds.add("core20");
            row.shownCardUuids.add(UUID.randomUUID().toString());
            row.cappedRuleIds.add("R-HTN-03");
            row.persist();
            return row.id;
        });
    }

    private static String card(Instant issued) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IssuedCard row = new IssuedCard();
            row.cardUuid = UUID.randomUUID().toString();
            row.serviceId = "everycontact";
            row.hookInstance = UUID.randomUUID().toString();
            row.patientPseudonym = "0".repeat(64);
            row.asOfDate = LocalDate.ofInstant(issued, ZoneOffset.UTC);
            row.issuedAt = issued;
            row.ruleIds.add("R-HTN-03");
            row.persist();
            return row.cardUuid;
        });
    }

    private static String feedback(String cardUuid, Instant received) {
        QuarkusTransaction.requiringNew().run(() -> {
            CardFeedback row = new CardFeedback();
            row.serviceId = "everycontact";
            row.cardUuid = cardUuid;
            row.outcome = "overridden";
            row.outcomeTimestamp = received;
            row.overrideCode = "patient-declined";
            row.receivedAt = received;
            row.persist();
        });
        return cardUuid;
    }

    private static String dismissal(String cardUuid, Instant issued) {
        QuarkusTransaction.requiringNew().run(() -> CardDismissal.record(cardUuid, "0".repeat(64),
                LocalDate.ofInstant(issued, ZoneOffset.UTC), Set.of("R-HTN-03")));
        return cardUuid;
    }

    private static long rows(String sql, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) HookInvocation.getEntityManager()
                .createNativeQuery(sql).setParameter(1, key).getSingleResult()).longValue());
    }
}
