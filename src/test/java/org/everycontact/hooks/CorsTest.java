package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/** CORS for browser-based CDS clients such as the CDS Hooks Sandbox (README "Errors"). */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "http://localhost:3000";

    private static ValidatableResponse preflight(String path) {
        return given()
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("content-type"));
    }

    @Test
    void preflightOnDiscoveryAllowsPostWithAuthorizationAndContentType() {
        preflight("/cds-services");
    }

    @Test
    void preflightOnTheServiceAllowsPostWithAuthorizationAndContentType() {
        preflight("/cds-services/everycontact");
    }

    @Test
    void serviceCallFromABrowserOriginIsAllowed() {
        given().header("Origin", ORIGIN).contentType("application/json")
                .body(CdsRequest.patientView(TestPatient.born("1970-01-01")).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN));
    }

    @Test
    void discoveryFromABrowserOriginIsAllowed() {
        given().header("Origin", ORIGIN)
                .when().get("/cds-services")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN));
    }
}
