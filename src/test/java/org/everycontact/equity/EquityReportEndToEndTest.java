package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.everycontact.hooks.AsOfClock;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * Real hook calls and feedback posted through the API reach the equity report. The records are written
 * off the hook's path, so the report is polled for a bounded time. The calls are made on an as-of date
 * no other test uses.
 */
@QuarkusTest
class EquityReportEndToEndTest {

    private static final LocalDate DAY = LocalDate.parse("2024-06-12");
    /** M15 4AG: IMD2025 decile 1, Core20. */
    private static final String CORE20_POSTCODE = "M15 4AG";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void hookCallsAndFeedbackAreCountedInTheReport() throws Exception {
        QuarkusMock.installMockForType(new AsOfClock(Optional.of(DAY)), AsOfClock.class);
        int prompts = 0;
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonPath answer = given().contentType("application/json")
                    .body(CdsRequest.patientView(TestPatient.born("1968-04-12").id("report-" + UUID.randomUUID())
                            .homePostcode(CORE20_POSTCODE)).toString())
                    .post("/cds-services/everycontact").then().statusCode(200).extract().jsonPath();
            Set<String> findings = Set.copyOf(answer.getList("extension.'org.everycontact.assessment'.findings.ruleId"));
            List<Map<String, Object>> cards = answer.getList("cards");
            List<String> promptUuids = cards.stream()
                    .filter(card -> findings.contains(topic(card)))
                    .map(card -> (String) card.get("uuid")).toList();
            assertTrue(!promptUuids.isEmpty(), "each patient is prompted");
            prompts += promptUuids.size();
            accepted.add(promptUuids.get(0));
        }
        for (String card : accepted) {
            given().contentType("application/json").body("""
                    {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2024-06-12T10:00:00Z"}]}"""
                    .formatted(card)).post("/cds-services/everycontact/feedback").then().statusCode(200);
        }

        GroupRow core20 = null;
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            EquityReport report = EquityReportTest.report(Map.of("from", DAY.toString(), "to", DAY.toString(),
                    "practice", "TEST-PRACTICE"));
            core20 = report.grouping(EquityReports.CORE20).groups().get(0);
            if (Long.valueOf(5).equals(core20.hookCalls()) && Long.valueOf(5).equals(core20.accepted())) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(5L, core20.patientsSeen());
        assertEquals(5L, core20.hookCalls());
        assertEquals((long) prompts, core20.promptsShown());
        assertEquals(5L, core20.accepted());
        assertEquals(0L, core20.overridden());
    }

    @SuppressWarnings("unchecked")
    private static String topic(Map<String, Object> card) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) card.get("source")).get("topic")).get("code");
    }
}
