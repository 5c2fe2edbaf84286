package org.everycontact.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The off-path writer's batches: writes that queue up while the writer is busy share one transaction,
 * and a write that fails for a reason other than the database is lost alone, not with its batch.
 */
@QuarkusTest
class OffPathWriterTest {

    private static final String SERVICE = "offpath-writer-test";

    @Inject
    OffPathWriter writer;

    @Inject
    TransactionManager transactions;

    @Inject
    EquityParameters parameters;

    @AfterEach
    void removeTestRows() {
        QuarkusTransaction.requiringNew().run(() -> CardFeedback.delete("serviceId", SERVICE));
    }

    @Test
    void writesThatQueueUpShareATransactionAndAreSettledAfterItCommits() throws InterruptedException {
        CountDownLatch gate = hold();
        List<Transaction> seen = new CopyOnWriteArrayList<>();
        List<Long> rowsVisibleWhenSettled = new CopyOnWriteArrayList<>();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        CountDownLatch settled = new CountDownLatch(2);
        for (String card : List.of(first, second)) {
            writer.submit("test row", () -> {
                seen.add(current());
                feedbackRow(card).persist();
            }, () -> {
                rowsVisibleWhenSettled.add(rows(card));
                settled.countDown();
            });
        }
        gate.countDown();
        assertTrue(settled.await(10, TimeUnit.SECONDS));

        assertEquals(2, seen.size());
        assertNotNull(seen.get(0));
        assertEquals(seen.get(0), seen.get(1), "the two queued writes ran in one transaction");
        assertEquals(List.of(1L, 1L), rowsVisibleWhenSettled, "settled after the commit");
    }

    @Test
    void aFailingWriteIsLostAloneAndTheRestOfItsBatchIsWritten() throws InterruptedException {
        long failedBefore = writer.state().failed();
        CountDownLatch gate = hold();
        List<Transaction> seen = new CopyOnWriteArrayList<>();
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        CountDownLatch settled = new CountDownLatch(3);
        writer.submit("test row", () -> {
            seen.add(current());
            feedbackRow(before).persist();
        }, settled::countDown);
        writer.submit("test fault", () -> {
            throw new IllegalStateException("a fault in this write alone");
        }, settled::countDown);
        writer.submit("test row", () -> {
            seen.add(current());
            feedbackRow(after).persist();
        }, settled::countDown);
        gate.countDown();
        assertTrue(settled.await(10, TimeUnit.SECONDS));

        assertEquals(1L, rows(before));
        assertEquals(1L, rows(after));
        assertEquals(failedBefore + 1, writer.state().failed());
        assertNotEquals(seen.get(seen.size() - 2), seen.get(seen.size() - 1),
                "after the batch failed, each write ran in its own transaction");
    }

    @Test
    void aFollowUpSkipsAFullQueueAndRunsAheadOfIt() throws InterruptedException {
        long droppedBefore = writer.state().dropped();
        CountDownLatch gate = hold();
        List<String> order = new CopyOnWriteArrayList<>();
        int capacity = parameters.writeQueueCapacity();
        CountDownLatch done = new CountDownLatch(capacity + 1);
        try {
            for (int i = 0; i < capacity; i++) {
                assertTrue(writer.submit("test filler", () -> order.add("queued"), done::countDown), "filler " + i);
            }
            assertTrue(writer.submitFollowUp("test follow-up", () -> {
                order.add("follow-up");
                done.countDown();
            }), "not dropped though the queue is full");
        } finally {
            gate.countDown();
        }
        assertTrue(done.await(60, TimeUnit.SECONDS), "the queue drained");

        assertEquals(capacity + 1, order.size());
        assertEquals("follow-up", order.get(0), "run ahead of the writes already queued");
        assertEquals(droppedBefore, writer.state().dropped());
    }

    /** Keeps the writer busy until the returned latch is counted down, so that what follows queues up. */
    private CountDownLatch hold() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        writer.submit("test gate", () -> {
            holding.countDown();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        return gate;
    }

    private Transaction current() {
        try {
            return transactions.getTransaction();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CardFeedback feedbackRow(String card) {
        CardFeedback row = new CardFeedback();
        row.serviceId = SERVICE;
        row.cardUuid = card;
        row.outcome = "accepted";
        row.outcomeTimestamp = Instant.parse("2026-11-26T10:00:00Z");
        row.receivedAt = Instant.now();
        return row;
    }

    private static long rows(String card) {
        return QuarkusTransaction.requiringNew().call(() -> CardFeedback.count("cardUuid", card));
    }
}
