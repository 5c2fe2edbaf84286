package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.StaffTokens;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * A CDS client's bearer token is the CDS client filter's to judge, never OIDC's: with client
 * checking switched off, tokens OIDC would reject still reach discovery and the service.
 */
@QuarkusTest
@TestProfile(CdsClientTokenPassesOidcTest.ClientCheckingOff.class)
class CdsClientTokenPassesOidcTest {

    public static class ClientCheckingOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.auth.enabled", "false");
        }
    }

    @Test
    void bearerTokensOidcCannotVerifyReachDiscoveryAndTheService() {
        for (String token : new String[] {"Bearer not-an-oidc-token", StaffTokens.analystSignedByAnotherKey()}) {
            given().header("Authorization", token).get("/cds-services").then().statusCode(200)
                    .body("services", hasSize(3));
            given().header("Authorization", token).contentType("application/json")
                    .body(CdsRequest.patientView(TestPatient.born("1970-01-01")).toString())
                    .post("/cds-services/everycontact").then().statusCode(200);
        }
    }
}
