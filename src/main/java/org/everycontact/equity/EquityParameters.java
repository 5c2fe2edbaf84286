package org.everycontact.equity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Operational limits of the equity part's database work (writes off the hot path, the snooze read on
 * it, what happens while the database is unreachable), and the practice its records are filed under.
 */
@ConfigMapping(prefix = "everycontact.equity")
public interface EquityParameters {

    /**
     * Writes waiting for the database (queued, or retried while it is unreachable) beyond which new ones
     * are dropped and counted, so that a slow or absent database cannot exhaust memory.
     */
    @WithDefault("10000")
    int writeQueueCapacity();

    /** The first wait before a write that found the database unreachable is tried again; it doubles each time. */
    @WithDefault("250ms")
    Duration retryBackoff();

    /** The longest wait between two tries of a write while the database is unreachable. */
    @WithDefault("10s")
    Duration retryBackoffMax();

    /**
     * The longest a hook call waits for the database to answer its snooze read (and readiness for its
     * database probe); past it the call goes on without the snoozes stored in the database.
     */
    @WithDefault("500ms")
    Duration readTimeout();

    /**
     * Reads (snooze reads, readiness probes) that may wait on the database at once; more are answered at
     * once as unreadable, so that a hanging database cannot pile up threads.
     */
    @WithDefault("8")
    int readConcurrency();

    /**
     * After a read found the database unreachable or too slow, reads are answered as unreadable at once,
     * except one in each such interval that tries the database again: during an outage a hook call does
     * not wait out {@link #readTimeout()} at all.
     */
    @WithDefault("2s")
    Duration readRetryInterval();

    /** The Retry-After of a 503 answered to feedback that could not be stored because the database was unreachable. */
    @WithDefault("30s")
    Duration feedbackRetryAfter();

    /**
     * The practice (for example its ODS code) a hook call is recorded under when the calling client's
     * token carries no tenant; absent, such calls have no practice.
     */
    Optional<String> practice();
}
