package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One service id answers patient-view, encounter-start and appointment-book with the same logic
 * (README "Discovery"), so a client's cards stay the same from one hook to the next.
 */
@QuarkusTest
class HookVariantsTest {

    private static JsonPath call(String hook) {
        return given().contentType("application/json")
                .body(CdsRequest.hook(hook, TestPatient.born("1970-01-01")).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** The cards without their per-call uuids (the card's and its suggestions'). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cardsWithoutUuid(JsonPath response) {
        List<Map<String, Object>> cards = response.getList("cards");
        cards.forEach(card -> {
            card.remove("uuid");
            ((List<Map<String, Object>>) card.getOrDefault("suggestions", List.of())).forEach(s -> s.remove("uuid"));
        });
        return cards;
    }

    @Test
    void encounterStartGivesTheSameBpCardAsPatientView() {
        JsonPath encounterStart = call("encounter-start");
        assertEquals(List.of("R-HTN-03"), encounterStart.getList(Topics.PROBE));
        assertEquals(cardsWithoutUuid(call("patient-view")), cardsWithoutUuid(encounterStart));
    }

    @Test
    void appointmentBookGivesTheSameBpCardAsPatientView() {
        JsonPath appointmentBook = call("appointment-book");
        assertEquals(List.of("R-HTN-03"), appointmentBook.getList(Topics.PROBE));
        assertEquals(cardsWithoutUuid(call("patient-view")), cardsWithoutUuid(appointmentBook));
    }

    @ParameterizedTest
    @ValueSource(strings = {"patient-view", "encounter-start", "appointment-book"})
    void assessmentNamesTheHookCalled(String hook) {
        JsonPath response = call(hook);
        assertEquals(hook, response.getString("extension.'org.everycontact.assessment'.hook"));
        assertEquals(List.of("R-HTN-03"), response.getList(Topics.findings("R-HTN")));
    }
}
