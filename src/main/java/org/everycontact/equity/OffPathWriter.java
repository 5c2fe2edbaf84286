package org.everycontact.equity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs database writes that must not delay a hook's answer, on one thread, in the order queued, on a
 * bounded queue. Each write runs inside a transaction the writer opens: the writes waiting when the
 * thread comes round (at most {@link #MAX_BATCH}) share one, so that under load the cost of a
 * transaction is paid once per batch rather than once per hook call. A batch that fails for a reason
 * other than an unreachable database is run again one write per transaction, so only the write at fault
 * is lost. A batch that finds the database unreachable is tried again, with a doubling wait, until the
 * database is back, and the writes queued behind it wait their turn, so order is kept. What finds the
 * queue full is dropped (a follow-up write that a commit calls for skips the queue, so it is not); a
 * write that fails for another reason is not tried again. Both are logged by
 * what they were (never with patient data), counted, and never reach the caller. Queued writes are
 * finished at shutdown if the database lets them: on Quarkus's shutdown event, while the persistence
 * unit is still up (a bean's pre-destroy callback came too late: the writes found the container stopped).
 */
@Singleton
public class OffPathWriter {

    private static final Logger LOG = Logger.getLogger(OffPathWriter.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;
    /** The most writes that share a transaction. */
    private static final int MAX_BATCH = 100;

    /** Writes waiting now, and those dropped or failed since start-up (readiness detail). */
    public record State(int buffered, long dropped, long failed) {
    }

    private record Write(String what, Runnable write, Runnable settled) {
    }

    private final BlockingQueue<Write> queue;
    private final Queue<Write> followUps = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicBoolean databaseReachable = new AtomicBoolean(true);
    private volatile boolean stopping;
    private final Counter dropped;
    private final Counter failed;
    private final Counter retries;

    public OffPathWriter(EquityParameters parameters, MeterRegistry metrics) {
        firstBackoff = parameters.retryBackoff();
        maxBackoff = parameters.retryBackoffMax();
        queue = new ArrayBlockingQueue<>(parameters.writeQueueCapacity());
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
                .description("Tries of a batch of equity records that found the database unreachable")
                .register(metrics);
        thread = new Thread(this::work, "equity-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a write, to be run inside the writer's transaction.
     *
     * @param what names the write in the log, e.g. "issued-card record"; no patient data
     * @return false when the queue was full (or the writer stopped) and the write was dropped
     */
    public boolean submit(String what, Runnable write) {
        return submit(what, write, () -> { });
    }

    /**
     * Queues a write, and runs {@code settled} once its transaction has committed or the write is given
     * up (failed for a reason other than an unreachable database, or dropped at shutdown); not if it was
     * dropped here.
     *
     * @return false when the queue was full (or the writer stopped) and the write was dropped
     */
    public boolean submit(String what, Runnable write, Runnable settled) {
        buffered.incrementAndGet();
        if (!stopping && queue.offer(new Write(what, write, settled))) {
            return true;
        }
        return drop(what, stopping ? "the service is stopping" : "the write queue is full");
    }

    /**
     * Queues a write that a commit calls for, run ahead of the bounded queue and outside its bound, so
     * that a full queue cannot drop it: the caller keeps to one such write waiting at a time. Dropped
     * only at shutdown.
     *
     * @return false when the writer is stopping and the write was dropped
     */
    public boolean submitFollowUp(String what, Runnable write) {
        buffered.incrementAndGet();
        if (!stopping) {
            followUps.add(new Write(what, write, () -> { }));
            return true;
        }
        return drop(what, "the service is stopping");
    }

    /** Counts and logs a write refused on submission; always false, the submission's answer. */
    private boolean drop(String what, String why) {
        buffered.decrementAndGet();
        dropped.increment();
        LOG.warnf("%s dropped: %s", what, why);
        return false;
    }

    public State state() {
        return new State(buffered.get(), (long) dropped.count(), (long) failed.count());
    }

    private void work() {
        List<Write> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping || !queue.isEmpty() || !followUps.isEmpty()) {
            for (Write followUp; batch.size() < MAX_BATCH && (followUp = followUps.poll()) != null; ) {
                batch.add(followUp);
            }
            if (batch.isEmpty()) {
                Write first;
                try {
                    first = queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    giveUp(List.of(), "interrupted at shutdown");
                    return;
                }
                if (first == null) {
                    continue;
                }
                batch.add(first);
            }
            queue.drainTo(batch, MAX_BATCH - batch.size());
            boolean goOn = write(batch);
            batch.clear();
            if (!goOn) {
                return;
            }
        }
    }

    /**
     * Writes the batch, waiting out an unreachable database; each write is settled once written or
     * given up. False when stopped while the database was unreachable: the batch and the queue are
     * then given up.
     */
    private boolean write(List<Write> batch) {
        Duration backoff = firstBackoff;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(w -> w.write().run()));
                if (!databaseReachable.getAndSet(true)) {
                    LOG.infof("the database is reachable again; %d writes to go", buffered.get());
                }
                batch.forEach(this::settle);
                return true;
            } catch (RuntimeException e) {
                if (!DatabaseUnreachable.caused(e)) {
                    return batch.size() == 1 ? failed(batch.get(0), e) : oneByOne(batch);
                }
                retries.increment();
                if (databaseReachable.getAndSet(false)) {
                    LOG.warnf("%s waits: the database is unreachable (%s); writes are kept and tried again",
                            batch.get(0).what(), e.getClass().getName());
                }
            }
            if (!waited(backoff)) {
                giveUp(batch, "stopped while the database was unreachable");
                return false;
            }
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }

    /** A batch failed: each write again in its own transaction, so that only the one at fault is lost. */
    private boolean oneByOne(List<Write> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (!write(List.of(batch.get(i)))) {
                giveUp(batch.subList(i + 1, batch.size()), "stopped while the database was unreachable");
                return false;
            }
        }
        return true;
    }

    private boolean failed(Write write, RuntimeException e) {
        failed.increment();
        LOG.errorf("%s failed: %s", write.what(), e.getClass().getName());
        settle(write);
        return true;
    }

    private void settle(Write write) {
        buffered.decrementAndGet();
        write.settled().run();
    }

    /** Drops the writes given and all still queued, settling each. */
    private void giveUp(List<Write> writes, String why) {
        List<Write> lost = new ArrayList<>(writes);
        for (Write followUp; (followUp = followUps.poll()) != null; ) {
            lost.add(followUp);
        }
        queue.drainTo(lost);
        lost.forEach(this::settle);
        dropped.increment(lost.size());
        if (!lost.isEmpty()) {
            LOG.warnf("%d queued writes dropped: %s", lost.size(), why);
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

    /** Lets the queued writes finish, for at most {@link #SHUTDOWN_WAIT_SECONDS}; then drops the rest. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_WAIT_SECONDS));
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(1));
        }
    }
}
