package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness (README "API"): readiness covers the code lists, the deprivation index and the
 * equity records, whose detail says whether the database is reachable (it stays UP without it, see
 * DatabaseOutageTest).
 */
@QuarkusTest
class HealthTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWithEquityRecordsAndCodeListChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("equity-records"))
                .body("checks.find { it.name == 'equity-records' }.data.databaseReachable", equalTo(true))
                .body("checks.find { it.name == 'equity-records' }.data.dropped", equalTo(0))
                .body("checks.name", hasItem("clinical code lists"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.find { it.name == 'clinical code lists' }.data.release", equalTo("2026.11.0"));
    }
}
