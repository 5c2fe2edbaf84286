package org.everycontact.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With everycontact.simulator.enabled=false (the production default) nothing of the simulator answers, assets included. */
@QuarkusTest
@TestProfile(SimulatorDisabledProfile.class)
class SimulatorDisabledTest {

    @Test
    void pageAndEndpointsAreNotFound() {
        for (String path : List.of("/", "/simulator/examples", "/simulator/examples/r-smi-01-no-hba1c/request?hook=patient-view",
                "/simulator-assets/simulator.js", "/simulator-assets/markdown.js", "/simulator-assets/simulator.css")) {
            given().get(path).then().statusCode(404)
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("not-found"));
        }
    }
}
