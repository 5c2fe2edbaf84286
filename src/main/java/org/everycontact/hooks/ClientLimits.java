package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Each CDS client's rate (a token bucket of {@code burst} requests refilled at
 * {@code requestsPerSecond}) and bulkhead (at most {@code concurrentCalls} service calls in progress).
 * A client over either gets 429; the other clients are not affected.
 */
@Singleton
public class ClientLimits {

    /** The allowance shared by all callers while authentication is off. */
    static final String UNAUTHENTICATED = "";

    private final ClientLimitsConfig config;
    private final CallingClient calling;
    private final Map<String, Allowance> byClient = new ConcurrentHashMap<>();

    public ClientLimits(ClientLimitsConfig config, CallingClient calling) {
        if (config.requestsPerSecond() <= 0 || config.burst() < 1 || config.concurrentCalls() < 1) {
            throw new IllegalStateException("everycontact.limits: requests-per-second must be above 0, "
                    + "burst and concurrent-calls at least 1");
        }
        this.config = config;
        this.calling = calling;
    }

    /** Counts one request of the calling client against its rate. */
    void admit() {
        if (!allowance().tryTake(System.nanoTime())) {
            throw new ClientOverLimit("Too many requests from this CDS client; retry later",
                    (long) Math.ceil(1 / config.requestsPerSecond()));
        }
    }

    /** Runs a service call inside the calling client's bulkhead. */
    <T> T withinBulkhead(Supplier<T> call) {
        Allowance allowance = allowance();
        if (!allowance.calls.tryAcquire()) {
            throw new ClientOverLimit("This CDS client has too many calls in progress; retry later", 1);
        }
        try {
            return call.get();
        } finally {
            allowance.calls.release();
        }
    }

    private Allowance allowance() {
        String client = calling.get().map(CdsClient::name).orElse(UNAUTHENTICATED);
        return byClient.computeIfAbsent(client, c -> new Allowance(config, System.nanoTime()));
    }

    private static final class Allowance {

        private final double perNano;
        private final double capacity;
        private final Semaphore calls;
        private double tokens;
        private long refilledAt;

        Allowance(ClientLimitsConfig config, long now) {
            this.perNano = config.requestsPerSecond() / 1e9;
            this.capacity = config.burst();
            this.calls = new Semaphore(config.concurrentCalls());
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
