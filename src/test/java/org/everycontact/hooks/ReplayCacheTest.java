package org.everycontact.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** jti replay protection: remembered until the token expires, per issuer, bounded without forgetting. */
class ReplayCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void secondUseOfAJtiBeforeExpiryIsAReplay() {
        ReplayCache cache = new ReplayCache(10);
        assertEquals(ReplayCache.Outcome.FIRST_USE, cache.record("iss", "j1", NOW.plusSeconds(300), NOW));
        assertEquals(ReplayCache.Outcome.REPLAY, cache.record("iss", "j1", NOW.plusSeconds(300), NOW.plusSeconds(299)));
    }

    @Test
    void sameJtiFromAnotherIssuerIsNotAReplay() {
        ReplayCache cache = new ReplayCache(10);
        cache.record("iss-a", "j1", NOW.plusSeconds(300), NOW);
        assertEquals(ReplayCache.Outcome.FIRST_USE, cache.record("iss-b", "j1", NOW.plusSeconds(300), NOW));
    }

    @Test
    void fullCacheMakesRoomOnlyFromExpiredEntries() {
        ReplayCache cache = new ReplayCache(2);
        cache.record("iss", "j1", NOW.plusSeconds(60), NOW);
        cache.record("iss", "j2", NOW.plusSeconds(600), NOW);
        assertEquals(ReplayCache.Outcome.FULL, cache.record("iss", "j3", NOW.plusSeconds(600), NOW.plusSeconds(30)));
        assertEquals(ReplayCache.Outcome.FIRST_USE, cache.record("iss", "j3", NOW.plusSeconds(600), NOW.plusSeconds(61)));
        assertEquals(ReplayCache.Outcome.REPLAY, cache.record("iss", "j2", NOW.plusSeconds(600), NOW.plusSeconds(61)));
    }
}
