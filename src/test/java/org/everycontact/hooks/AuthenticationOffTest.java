package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * {@code everycontact.auth.enabled=false}, as in the dev profile: calls need no token, and with no
 * client to take a list from, fhirServer must be on everycontact.auth.dev-fhir-servers, empty by
 * default, so an anonymous caller cannot send EveryContact to a server of its choosing.
 */
@QuarkusTest
@TestProfile(AuthenticationOffTest.Off.class)
class AuthenticationOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.auth.enabled", "false");
        }
    }

    @Test
    void callWithoutATokenIsAnswered() {
        given().noFilters().when().get("/cds-services").then().statusCode(200);
        given().noFilters().contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1970-01-01")).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200);
    }

    @Test
    void anyFhirServerIsRefusedBeforeAnyConnectionUnlessListedForDev() throws IOException {
        TestPatient patient = TestPatient.born("1960-01-01");
        try (FhirTestServer server = new FhirTestServer().serve(patient)) {
            given().noFilters().contentType("application/json")
                    .body(CdsRequest.patientView(patient).withoutPrefetch("observations")
                            .fhirServer(server.baseUrl()).toString())
                    .when().post("/cds-services/everycontact").then().statusCode(403)
                    .body("issue[0].code", equalTo("forbidden"));
            assertEquals(List.of(), server.requests());
        }
    }
}
