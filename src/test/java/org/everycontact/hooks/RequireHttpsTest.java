package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * {@code everycontact.fhir-server.require-https=true}, the production default: "The scheme MUST be
 * https when production data is exchanged" (guide §1.3). Prefetch is complete, so nothing is fetched.
 */
@QuarkusTest
@TestProfile(RequireHttpsTest.HttpsRequired.class)
class RequireHttpsTest {

    public static class HttpsRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.fhir-server.require-https", "true");
        }
    }

    private static ValidatableResponse call(String fhirServer) {
        return given().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1970-01-01"))
                        .fhirServer(fhirServer).fhirAuthorization("token-1").toString())
                .when().post("/cds-services/everycontact")
                .then();
    }

    @Test
    void httpFhirServerIsRefusedNamingFhirServer() {
        call("http://ehr.example.org/fhir").statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"))
                .body("issue[0].expression", hasItem("fhirServer"));
    }

    @Test
    void httpsFhirServerIsAccepted() {
        call("https://ehr.example.org/fhir").statusCode(200)
                .body(Topics.PROBE, contains("R-HTN-03"));
    }
}
