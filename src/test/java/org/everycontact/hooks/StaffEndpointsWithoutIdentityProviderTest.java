package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.everycontact.support.StaffTokens;
import org.junit.jupiter.api.Test;

/**
 * The production default: no identity provider configured. The service starts and answers CDS
 * clients, but the staff endpoints are closed to every token.
 */
@QuarkusTest
@TestProfile(StaffEndpointsWithoutIdentityProviderTest.NoIdentityProvider.class)
class StaffEndpointsWithoutIdentityProviderTest {

    public static class NoIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "false", "quarkus.oidc.public-key", "",
                    "quarkus.oidc.token.issuer", "");
        }
    }

    @Test
    void lookUpIsClosedEvenToAnAnalystToken() {
        given().header("Authorization", StaffTokens.analyst()).get("/deprivation/M15 4AG").then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
        given().header("Authorization", StaffTokens.analyst()).get("/equity/report").then().statusCode(401);
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
