package org.everycontact.equity;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Database reads that a hook call (or a readiness probe) waits for at most
 * {@code everycontact.equity.read-timeout}: each runs on a small pool of its own, so a database that
 * hangs rather than refuses holds at most {@code read-concurrency} threads, never the caller. Once a
 * read finds the database unreachable or too slow, the reads that follow are answered at once, but for
 * one in each {@code read-retry-interval} that tries the database again. A read given up on is left to
 * finish on its thread, never interrupted: an interrupt during the embedded H2's file access closes the
 * database file under every connection (seen under load as "Reading from file ... failed" and lost
 * records), and a blocked socket read does not heed one anyway.
 */
@Singleton
public class BoundedReads {

    private final ThreadPoolExecutor executor;
    private final Duration timeout;
    private final long retryNanos;
    private volatile boolean failing;
    /** While failing: the System.nanoTime() from which the next read may try the database. */
    private final AtomicLong nextTry = new AtomicLong();

    public BoundedReads(EquityParameters parameters) {
        timeout = parameters.readTimeout();
        retryNanos = parameters.readRetryInterval().toNanos();
        AtomicInteger threads = new AtomicInteger();
        executor = new ThreadPoolExecutor(parameters.readConcurrency(), parameters.readConcurrency(),
                1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(parameters.readConcurrency()), task -> {
                    Thread thread = new Thread(task, "equity-read-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * The read's answer, or empty when the database could not give it in time: it was unreachable, too
     * slow, or too many reads were already waiting on it. Any other failure is thrown as it was.
     */
    public <T> Optional<T> read(Callable<T> query) {
        if (failing && !claimTry()) {
            return Optional.empty();
        }
        Future<T> answer;
        try {
            answer = executor.submit(query);
        } catch (RejectedExecutionException e) {
            return Optional.empty();
        }
        try {
            T result = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            failing = false;
            return Optional.of(result);
        } catch (TimeoutException e) {
            answer.cancel(false);
            failed();
            return Optional.empty();
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (DatabaseUnreachable.caused(e.getCause())) {
                failed();
                return Optional.empty();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void failed() {
        nextTry.set(System.nanoTime() + retryNanos);
        failing = true;
    }

    /** While failing: whether this read is the one that tries the database again now. */
    private boolean claimTry() {
        long due = nextTry.get();
        return System.nanoTime() - due >= 0 && nextTry.compareAndSet(due, System.nanoTime() + retryNanos);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
