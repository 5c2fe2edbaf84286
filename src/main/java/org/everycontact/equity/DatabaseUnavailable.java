package org.everycontact.equity;

import java.time.Duration;

/**
 * Something that had to be stored now could not be, because the database was unreachable: the caller
 * should try again after {@link #retryAfter()} (HTTP 503 with Retry-After). Nothing was half-stored.
 */
public class DatabaseUnavailable extends RuntimeException {

    private final Duration retryAfter;

    DatabaseUnavailable(Duration retryAfter) {
        super("The database is unreachable; nothing was stored", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
