package org.everycontact.hooks;

/** A client over its rate or its bulkhead: 429 with Retry-After, so a well-behaved client backs off. */
class ClientOverLimit extends RuntimeException {

    private final long retryAfterSeconds;

    ClientOverLimit(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
