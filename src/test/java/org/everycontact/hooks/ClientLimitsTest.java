package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.everycontact.support.ClientTokens.RS384_ISSUER;
import static org.everycontact.support.ClientTokens.audience;
import static org.everycontact.support.ClientTokens.claims;
import static org.everycontact.support.ClientTokens.header;
import static org.everycontact.support.ClientTokens.rs384Key;
import static org.everycontact.support.ClientTokens.sign;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Per-client rate limit and bulkhead (issue 6): a client over its allowance gets 429 with Retry-After,
 * and the other clients are served as before.
 */
@QuarkusTest
@TestProfile(ClientLimitsTest.LowLimits.class)
class ClientLimitsTest {

    private static final String DISCOVERY = "/cds-services";

    /** Three requests at once, then one a minute; one service call at a time. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.limits.requests-per-second", "0.0167",
                    "everycontact.limits.burst", "3",
                    "everycontact.limits.concurrent-calls", "1");
        }
    }

    private static ClientLimitsConfig limits(double perSecond, int burst, int concurrent) {
        return new ClientLimitsConfig() {
            @Override
            public double requestsPerSecond() {
                return perSecond;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public int concurrentCalls() {
                return concurrent;
            }
        };
    }

    private static CallingClient calling(String name) {
        CallingClient calling = new CallingClient();
        calling.set(new CdsClient(name, "https://" + name, Set.of(), Set.of(), null, null, List.of()));
        return calling;
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileAnotherClientIsServed() {
        for (int i = 0; i < 3; i++) {
            given().when().get(DISCOVERY).then().statusCode(200);
        }
        given().when().get(DISCOVERY).then().statusCode(429)
                .header("Retry-After", "60")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("throttled"));

        String otherClient = sign(rs384Key(), header(JWSAlgorithm.RS384, rs384Key().getKeyID()).build(),
                claims(RS384_ISSUER, audience(DISCOVERY)).build());
        given().header("Authorization", "Bearer " + otherClient).when().get(DISCOVERY).then().statusCode(200);
    }

    @Test
    void aServiceCallBeyondTheBulkheadIsRefusedAndTheSlotIsFreedAfter() {
        ClientLimits limits = new ClientLimits(limits(1000, 1000, 1), calling("ehr-a"));
        ClientOverLimit refused = assertThrows(ClientOverLimit.class,
                () -> limits.withinBulkhead(() -> limits.withinBulkhead(() -> "second call at once")));
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals("next call", limits.withinBulkhead(() -> "next call"));
    }

    @Test
    void theRateRefillsOverTime() throws InterruptedException {
        ClientLimits limits = new ClientLimits(limits(50, 1, 1), calling("ehr-b"));
        limits.admit();
        assertThrows(ClientOverLimit.class, limits::admit);
        Thread.sleep(60);
        limits.admit();
    }

    @Test
    void limitsThatCouldNeverAdmitStopStartUp() {
        assertThrows(IllegalStateException.class, () -> new ClientLimits(limits(0, 1, 1), calling("x")));
        assertThrows(IllegalStateException.class, () -> new ClientLimits(limits(1, 0, 1), calling("x")));
        assertThrows(IllegalStateException.class, () -> new ClientLimits(limits(1, 1, 0), calling("x")));
    }
}
