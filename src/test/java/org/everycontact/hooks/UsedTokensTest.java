package org.everycontact.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The replay check shared through the database (issue 9): what one instance accepted, any other
 * refuses until the token expires. Two calls here stand for two instances, since neither goes through
 * the calling instance's own {@link ReplayCache}.
 */
@QuarkusTest
class UsedTokensTest {

    private static final String ISSUER = "https://ehr.test/es384";

    @Inject
    UsedTokens usedTokens;

    @Test
    void aJtiAcceptedOnceIsAReplayEverywhereUntilItsTokenExpires() {
        Instant now = Instant.now();
        String jti = UUID.randomUUID().toString();
        assertEquals(UsedTokens.Outcome.FIRST_USE, usedTokens.record(ISSUER, jti, now.plusSeconds(300), now));
        assertEquals(UsedTokens.Outcome.REPLAY, usedTokens.record(ISSUER, jti, now.plusSeconds(300), now.plusSeconds(1)));
        assertEquals(UsedTokens.Outcome.FIRST_USE, usedTokens.record("https://ehr.test/other", jti, now.plusSeconds(300), now));
        assertEquals(UsedTokens.Outcome.FIRST_USE,
                usedTokens.record(ISSUER, jti, now.plusSeconds(900), now.plusSeconds(301)), "its row had expired");
    }

    @Test
    void purgeForgetsOnlyExpiredTokens() {
        Instant now = Instant.now();
        usedTokens.record(ISSUER, "expired-" + UUID.randomUUID(), now.minusSeconds(1), now.minusSeconds(60));
        String live = "live-" + UUID.randomUUID();
        usedTokens.record(ISSUER, live, now.plusSeconds(300), now);
        usedTokens.purgeExpired();
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> UsedToken.count("expiresAt <= ?1", now)));
        assertEquals(UsedTokens.Outcome.REPLAY, usedTokens.record(ISSUER, live, now.plusSeconds(300), now));
    }
}
