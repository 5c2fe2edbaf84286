package org.everycontact.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The simulator's endpoints: the example patients it lists, and the CDS Hooks request it builds for one
 * from discovery's prefetch templates, which the service then answers with the example's expected card.
 */
@QuarkusTest
class SimulatorEndpointsTest {

    private static final String SMI = "r-smi-01-no-hba1c";

    @Test
    void listsEveryExampleWithALineDescribingIt() {
        JsonPath examples = given().get("/simulator/examples").then().statusCode(200).extract().jsonPath();
        assertEquals(68, examples.getList("$").size());
        Map<String, Object> smi = examples.getMap("find { it.id == '" + SMI + "' }");
        assertEquals("Male, aged 46, not Core20 (IMD decile 7); expects R-SMI-01 (as of 2026-11-26)",
                smi.get("description"));
        assertEquals(false, smi.get("core20"));
        assertEquals(List.of("R-SMI-01"), smi.get("expectedFindings"));
        assertEquals(true, examples.getBoolean("find { it.id == 'r-cyp-oral-01-core20-child' }.core20"));
    }

    @Test
    void buildsThePrefetchRequestDiscoveryAsksForAndTheServiceAnswersIt() {
        String request = given().queryParam("hook", "patient-view").get("/simulator/examples/" + SMI + "/request")
                .then().statusCode(200)
                .body("hook", equalTo("patient-view"))
                .body("context.patientId", equalTo(SMI))
                .body("context.userId", equalTo("Practitioner/simulator-user"))
                .body("prefetch.patient.resourceType", equalTo("Patient"))
                .body("prefetch.patient.id", equalTo(SMI))
                .body("prefetch.conditions.entry", hasSize(1))
                .body("prefetch.observations.entry.resource.subject.reference", hasItem("Patient/" + SMI))
                .extract().asString();
        Map<String, Object> templates = given().get("/cds-services").then().statusCode(200).extract().jsonPath()
                .getMap("services.find { it.hook == 'patient-view' }.prefetch");
        assertEquals(new TreeSet<>(templates.keySet()), new TreeSet<>(JsonPath.from(request).getMap("prefetch").keySet()));

        given().contentType("application/json").body(request).post("/cds-services/everycontact")
                .then().statusCode(200).body("cards.source.topic.code", hasItem("R-SMI-01"));
    }

    @Test
    void buildsTheContextEachHookRequires() {
        for (String hook : List.of("encounter-start", "appointment-book")) {
            String request = given().queryParam("hook", hook).get("/simulator/examples/" + SMI + "/request")
                    .then().statusCode(200).body("hook", equalTo(hook)).extract().asString();
            given().contentType("application/json").body(request).post("/cds-services/everycontact")
                    .then().statusCode(200).body("cards.source.topic.code", hasItem("R-SMI-01"));
        }
    }

    @Test
    void unknownExampleIsNotFound() {
        given().queryParam("hook", "patient-view").get("/simulator/examples/no-such-example/request")
                .then().statusCode(404).contentType(containsString("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-found"));
    }

    @Test
    void unknownOrMissingHookIsTheCallersMistake() {
        given().queryParam("hook", "order-sign").get("/simulator/examples/" + SMI + "/request")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].expression[0]", equalTo("hook"));
        given().get("/simulator/examples/" + SMI + "/request")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void pageIsServedWithAStrictContentSecurityPolicy() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .body(containsString("/simulator-assets/simulator.js"));
        given().get("/simulator-assets/simulator.js").then().statusCode(200);
        given().get("/simulator-assets/markdown.js").then().statusCode(200);
        given().get("/simulator-assets/simulator.css").then().statusCode(200);
    }
}
