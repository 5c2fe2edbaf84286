package org.everycontact.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.everycontact.equity.OffPathWriter;

/** Tests' hold on the off-path writer: stop it for a while, or wait until what is queued is written. */
public final class QueuedWrites {

    private QueuedWrites() {
    }

    /** Holds the writer (for at most 30 s) until the latch returned is counted down: what is queued waits. */
    public static CountDownLatch hold(OffPathWriter writer) {
        CountDownLatch gate = new CountDownLatch(1);
        writer.submit("test gate", () -> {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return gate;
    }

    /**
     * Returns once every write queued before is committed (the writer runs them in order), and then the
     * writes those queued on their commit (the check of issued cards for feedback that overtook them).
     */
    public static void await(OffPathWriter writer) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            CountDownLatch done = new CountDownLatch(1);
            writer.submit("test barrier", () -> { }, done::countDown);
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
    }
}
