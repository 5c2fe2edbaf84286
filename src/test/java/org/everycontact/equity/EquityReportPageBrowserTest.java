package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.support.Browser;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.StaffTokens;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The equity report page in a real headless Chromium (issue 7): after real hook calls and feedback
 * from patients in the most and the least deprived quintiles, the page loads with an analyst's token,
 * its three charts draw (uPlot, served by the service itself), the browser reports no script error,
 * and a screenshot is kept as target/screenshots/equity-report.png.
 */
@QuarkusTest
class EquityReportPageBrowserTest {

    /** IMD2025 decile 1 (Core20) and decile 10 (quintile 5) in the shipped Trafford data. */
    private static final String MOST_DEPRIVED = "M15 4AG";
    private static final String LEAST_DEPRIVED = "M31 1BZ";
    /** Enough patients on each side that their counts are not suppressed (threshold 5). */
    private static final int PATIENTS_EACH = 6;
    private static final String WHITE_BRITISH = "A";
    private static final String INDIAN = "H";

    @TestHTTPResource("/equity/report/page?from=2026-11-01&to=2026-11-30")
    URL page;

    @Test
    void pageDrawsAcceptanceByQuintileByEthnicGroupAndTrend() throws Exception {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < PATIENTS_EACH; i++) {
            instances.add(seenAndAnswered(MOST_DEPRIVED, WHITE_BRITISH, "accepted"));
            instances.add(seenAndAnswered(LEAST_DEPRIVED, INDIAN, "overridden"));
        }
        awaitRecorded(instances);

        try (Browser browser = Browser.open().withAuthorization(StaffTokens.analyst())) {
            browser.driver().get(page.toString());
            for (String chart : List.of("chart-quintile", "chart-ethnicity", "chart-trend")) {
                WebElement drawn = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#" + chart + "[data-rendered='true']")));
                assertTrue(drawn.findElements(By.tagName("canvas")).stream().anyMatch(WebElement::isDisplayed),
                        chart + " has no visible canvas");
            }
            Path screenshot = browser.screenshot("equity-report");
            assertTrue(Files.size(screenshot) > 10_000, "the screenshot is all but empty");
            List<LogEntry> errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .toList();
            assertThat(errors.toString(), errors, empty());
        }
    }

    /** One patient-view call and feedback on its first card; returns the call's hookInstance. */
    private static String seenAndAnswered(String postcode, String ethnicCategory, String outcome) {
        CdsRequest request = CdsRequest.patientView(TestPatient.born("1968-04-12").id("page-" + UUID.randomUUID())
                .homePostcode(postcode).ethnicCategory(ethnicCategory));
        String card = given().contentType("application/json").body(request.toString())
                .post("/cds-services/everycontact").then().statusCode(200).extract().jsonPath()
                .getString("cards.find { it.source.topic.code == 'R-HTN-03' }.uuid");
        String reason = outcome.equals("overridden")
                ? ", \"overrideReason\": {\"reason\": {\"system\": \"%s\", \"code\": \"patient-declined\"}}"
                        .formatted(OverrideReasons.SYSTEM)
                : "";
        given().contentType("application/json").body("""
                {"feedback": [{"card": "%s", "outcome": "%s", "outcomeTimestamp": "2026-11-26T10:16:02Z"%s}]}"""
                        .formatted(card, outcome, reason))
                .post("/cds-services/everycontact/feedback").then().statusCode(200);
        return request.body().get("hookInstance").asText();
    }

    /** The records are written off the hook's path: wait (bounded) until every call's is stored. */
    private static void awaitRecorded(List<String> instances) throws InterruptedException {
        boolean stored = false;
        for (int attempt = 0; attempt < 100 && !stored; attempt++) {
            stored = QuarkusTransaction.requiringNew().call(
                    () -> HookInvocation.count("hookInstance in ?1", instances) == instances.size()
                            && IssuedCard.count("hookInstance in ?1", instances) >= instances.size());
            if (!stored) {
                Thread.sleep(100);
            }
        }
        assertTrue(stored, "the calls' records were not written within 10 s");
    }
}
