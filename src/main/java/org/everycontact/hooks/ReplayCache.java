package org.everycontact.hooks;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The jti values of accepted tokens, each kept until its token expires (CDS Hooks: "used to protect
 * against replay attacks"). Bounded: when full of unexpired entries it refuses rather than forget
 * one, since forgetting would let that token be replayed.
 */
final class ReplayCache {

    enum Outcome { FIRST_USE, REPLAY, FULL }

    private final int capacity;
    private final Map<String, Instant> seen = new HashMap<>();

    ReplayCache(int capacity) {
        this.capacity = capacity;
    }

    synchronized Outcome record(String issuer, String jti, Instant expires, Instant now) {
        String key = issuer + '\u0000' + jti;
        Instant known = seen.get(key);
        if (known != null && known.isAfter(now)) {
            return Outcome.REPLAY;
        }
        if (known == null && seen.size() >= capacity) {
            seen.values().removeIf(expiry -> !expiry.isAfter(now));
            if (seen.size() >= capacity) {
                return Outcome.FULL;
            }
        }
        seen.put(key, expires);
        return Outcome.FIRST_USE;
    }
}
