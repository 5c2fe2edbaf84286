package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import org.everycontact.support.TestPatient;
import org.everycontact.support.Topics;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * The README's example: a patient-view call with a realistic prefetch of 182 resources (a woman born
 * 1968 whose last blood pressure was taken in March 2019), with and without a recent reading.
 */
@QuarkusTest
class RealisticPatientViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode exampleRequest() throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("examples/patient-view-request.json").toFile());
    }

    @Test
    void exampleRequestGetsTheNoBloodPressureCard() throws IOException {
        given().contentType("application/json").body(exampleRequest().toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(Topics.PROBE, contains("R-HTN-03"))
                .body("cards[0].detail", containsString("Last blood pressure recorded 14 Mar 2019"))
                .body("extension.'org.everycontact.assessment'.excludedResources", equalTo(0))
                .body("extension.'org.everycontact.assessment'.deprivation.lsoa", equalTo("E01006186"))
                .body("extension.'org.everycontact.assessment'.deprivation.imdDecile", equalTo(4))
                .body("extension.'org.everycontact.assessment'.deprivation.core20", equalTo(false));
    }

    @Test
    void sameRecordWithABloodPressureLastMonthGetsNoCard() throws IOException {
        ObjectNode request = exampleRequest();
        Observation bp = new Observation();
        bp.setId("bp-recent");
        bp.setStatus(Observation.ObservationStatus.FINAL);
        bp.getSubject().setReference("Patient/example-patient-1");
        bp.setCode(TestPatient.concept(TestPatient.SNOMED, "163020007"));
        bp.setEffective(new DateTimeType("2026-10-20T11:00:00Z"));
        ArrayNode entries = (ArrayNode) request.with("prefetch").with("observations").get("entry");
        entries.addObject().set("resource", TestPatient.json(bp));

        given().contentType("application/json").body(request.toString())
                .post("/cds-services/everycontact")
                .then().statusCode(200)
                .body(Topics.PROBE, empty());
    }
}
