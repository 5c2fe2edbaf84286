package org.everycontact.equity;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs database writes that must not delay a hook's answer: one at a time, in the order queued, on a
 * bounded queue. A write that fails or finds the queue full is logged by what it was (never with
 * patient data) and never reaches the caller. Queued writes are finished at shutdown.
 */
@Singleton
public class OffPathWriter {

    private static final Logger LOG = Logger.getLogger(OffPathWriter.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final ThreadPoolExecutor executor;

    public OffPathWriter(EquityParameters parameters) {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(parameters.writeQueueCapacity()), task -> {
                    Thread thread = new Thread(task, "equity-writer");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues a write.
     *
     * @param what names the write in the log, e.g. "issued-card record"; no patient data
     * @return false when the queue was full and the write was dropped
     */
    public boolean submit(String what, Runnable write) {
        try {
            executor.execute(() -> run(what, write));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warnf("%s dropped: the write queue is full", what);
            return false;
        }
    }

    private static void run(String what, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.errorf("%s failed: %s", what, e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warnf("%d queued writes were not finished at shutdown", executor.shutdownNow().size());
        }
    }
}
