package org.everycontact.equity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs database writes that must not delay a hook's answer: one at a time, in the order queued, on a
 * bounded queue. A write that finds the database unreachable is tried again, with a doubling wait,
 * until the database is back, and the writes queued behind it wait their turn, so order is kept.
 * What finds the queue full is dropped; a write that fails for another reason is not tried again.
 * Both are logged by what they were (never with patient data), counted, and never reach the caller.
 * Queued writes are finished at shutdown if the database lets them.
 */
@Singleton
public class OffPathWriter {

    private static final Logger LOG = Logger.getLogger(OffPathWriter.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    /** Writes waiting now, and those dropped or failed since start-up (readiness detail). */
    public record State(int buffered, long dropped, long failed) {
    }

    private final ThreadPoolExecutor executor;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicBoolean databaseReachable = new AtomicBoolean(true);
    private final Counter dropped;
    private final Counter failed;
    private final Counter retries;

    public OffPathWriter(EquityParameters parameters, MeterRegistry metrics) {
        firstBackoff = parameters.retryBackoff();
        maxBackoff = parameters.retryBackoffMax();
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(parameters.writeQueueCapacity()), task -> {
                    Thread thread = new Thread(task, "equity-writer");
                    thread.setDaemon(true);
                    return thread;
                });
        Gauge.builder("everycontact.equity.buffered", buffered, AtomicInteger::get)
                .description("Equity records queued or waiting for the database, not yet written")
                .register(metrics);
        dropped = Counter.builder("everycontact.equity.dropped")
                .description("Equity records dropped because the write queue was full (or at shutdown)")
                .register(metrics);
        failed = Counter.builder("everycontact.equity.failed")
                .description("Equity records whose write failed for a reason other than an unreachable database")
                .register(metrics);
        retries = Counter.builder("everycontact.equity.retries")
                .description("Tries of an equity record's write that found the database unreachable")
                .register(metrics);
    }

    /**
     * Queues a write.
     *
     * @param what names the write in the log, e.g. "issued-card record"; no patient data
     * @return false when the queue was full and the write was dropped
     */
    public boolean submit(String what, Runnable write) {
        return submit(what, write, () -> { });
    }

    /**
     * Queues a write, and runs {@code settled} once it is written or given up (failed for a reason other
     * than an unreachable database, or dropped at shutdown); not if it was dropped here.
     *
     * @return false when the queue was full and the write was dropped
     */
    public boolean submit(String what, Runnable write, Runnable settled) {
        buffered.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    run(what, write);
                } finally {
                    buffered.decrementAndGet();
                    settled.run();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            buffered.decrementAndGet();
            dropped.increment();
            LOG.warnf("%s dropped: the write queue is full", what);
            return false;
        }
    }

    public State state() {
        return new State(buffered.get(), (long) dropped.count(), (long) failed.count());
    }

    private void run(String what, Runnable write) {
        Duration backoff = firstBackoff;
        while (true) {
            try {
                write.run();
                if (!databaseReachable.getAndSet(true)) {
                    LOG.infof("the database is reachable again; %d writes to go", buffered.get());
                }
                return;
            } catch (RuntimeException e) {
                if (!DatabaseUnreachable.caused(e)) {
                    failed.increment();
                    LOG.errorf("%s failed: %s", what, e.getClass().getName());
                    return;
                }
                retries.increment();
                if (databaseReachable.getAndSet(false)) {
                    LOG.warnf("%s waits: the database is unreachable (%s); writes are kept and tried again",
                            what, e.getClass().getName());
                }
            }
            if (!waited(backoff)) {
                dropped.increment();
                LOG.warnf("%s dropped: stopped while the database was unreachable", what);
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }

    private static boolean waited(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            int unfinished = executor.shutdownNow().size();
            dropped.increment(unfinished);
            LOG.warnf("%d queued writes were not finished at shutdown", unfinished);
        }
    }
}
