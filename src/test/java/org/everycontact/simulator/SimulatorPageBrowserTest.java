package org.everycontact.simulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.equity.CardFeedback;
import org.everycontact.support.Browser;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The simulator page in a real headless Chromium, as an integration tester uses it: choose a Core20
 * example patient with an SMI physical health check gap, call patient-view with its prefetch, see the
 * SMI card, override it with a reason and a comment, and see the feedback stored; the browser reports
 * no script error and target/screenshots/simulator.png is kept.
 */
@QuarkusTest
@TestProfile(SimulatorBrowserProfile.class)
class SimulatorPageBrowserTest {

    private static final String REASON = "patient-declined";

    @TestHTTPResource("/")
    URL page;

    @Test
    void core20PatientsSmiCardIsShownOverriddenAndTheFeedbackStored() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.driver().get(page.toString());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
            new Select(browser.driver().findElement(By.id("mode"))).selectByValue("prefetch");
            WebElement example = browser.driver().findElements(By.cssSelector("#example option[data-core20='true']"))
                    .stream().filter(o -> o.getAttribute("data-findings").contains("R-SMI-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Core20 example with an SMI finding is offered"));
            new Select(browser.driver().findElement(By.id("example"))).selectByValue(example.getAttribute("value"));
            new Select(browser.driver().findElement(By.id("hook"))).selectByVisibleText("patient-view (everycontact)");
            browser.driver().findElement(By.id("send")).click();

            WebElement card = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("article.card[data-topic^='R-SMI-']")));
            String uuid = card.getAttribute("data-uuid");
            assertThat(card.findElement(By.cssSelector(".detail")).getAttribute("innerHTML"), containsString("<li>"));
            assertThat(browser.driver().findElement(By.id("request")).getAttribute("textContent"),
                    containsString("\"prefetch\""));
            assertThat(browser.driver().findElement(By.id("response")).getAttribute("textContent"), containsString(uuid));

            card.findElement(By.cssSelector("button.dismiss")).click();
            new Select(card.findElement(By.cssSelector("select.override-reason"))).selectByValue(REASON);
            card.findElement(By.cssSelector("input.override-comment")).sendKeys("Prefers to book later");
            card.findElement(By.cssSelector("button.send-override")).click();
            WebElement status = browser.waiting().until(ExpectedConditions.presenceOfNestedElementLocatedBy(card,
                    By.cssSelector(".feedback-status.sent")));
            assertThat(status.getText(), containsString("\"stored\":1"));

            List<CardFeedback> stored = QuarkusTransaction.requiringNew()
                    .call(() -> CardFeedback.<CardFeedback>list("cardUuid", uuid));
            assertEquals(1, stored.size(), "feedback rows for the card");
            assertEquals("overridden", stored.get(0).outcome);
            assertEquals(OverrideReasons.SYSTEM, stored.get(0).overrideSystem);
            assertEquals(REASON, stored.get(0).overrideCode);

            Path screenshot = browser.screenshot("simulator");
            assertTrue(Files.size(screenshot) > 10_000, "the screenshot is all but empty");
            List<LogEntry> errors = errors(browser);
            assertThat(errors.toString(), errors, empty());
        }
    }

    @Test
    void fhirServerModeLetsTheServiceFetchThePatientWithTheAccessTokenGiven() throws Exception {
        try (FhirTestServer fhir = new FhirTestServer().serve(TestPatient.born("1968-04-12").id("fhir-server-patient"));
             Browser browser = Browser.open()) {
            browser.driver().get(page.toString());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
            new Select(browser.driver().findElement(By.id("mode"))).selectByValue("fhirServer");
            browser.driver().findElement(By.id("fhir-server")).sendKeys(fhir.baseUrl());
            browser.driver().findElement(By.id("patient-id")).sendKeys("fhir-server-patient");
            browser.driver().findElement(By.id("fhir-token")).sendKeys("simulator-access-token");
            new Select(browser.driver().findElement(By.id("hook"))).selectByVisibleText("encounter-start (everycontact)");
            browser.driver().findElement(By.id("send")).click();

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("article.card[data-topic='R-HTN-03']")));
            assertTrue(fhir.requests().stream().anyMatch(r -> r.startsWith("Patient/fhir-server-patient")),
                    "the service read the patient from the FHIR server: " + fhir.requests());
            assertTrue(fhir.authorizations().contains("Bearer simulator-access-token"), "the access token was used");
            String shown = browser.driver().findElement(By.id("request")).getAttribute("textContent");
            assertThat(shown, containsString("\"fhirServer\": \"" + fhir.baseUrl() + "\""));
            assertThat(shown, not(containsString("simulator-access-token")));
            List<LogEntry> errors = errors(browser);
            assertThat(errors.toString(), errors, empty());
        }
    }

    @Test
    void markdownRendererEscapesHtmlAndOpensOnlyWebLinksInANewTab() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(page.toString());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
            String html = (String) browser.driver().executeScript("return renderMarkdown(arguments[0]);", String.join("\n",
                    "Para with **bold**, *italic* and _also italic_ <script>alert(1)</script>",
                    "",
                    "- one [NHS](https://www.nhs.uk/a_b?x=1&y=2)",
                    "- two [bad](javascript:alert(1))",
                    "",
                    "1. first",
                    "2. second"));
            assertEquals(String.join("\n",
                    "<p>Para with <strong>bold</strong>, <em>italic</em> and <em>also italic</em> "
                            + "&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                    "<ul><li>one <a href=\"https://www.nhs.uk/a_b?x=1&amp;y=2\" target=\"_blank\" "
                            + "rel=\"noopener noreferrer\">NHS</a></li><li>two [bad](javascript:alert(1))</li></ul>",
                    "<ol><li>first</li><li>second</li></ol>"), html);
            List<LogEntry> errors = errors(browser);
            assertThat(errors.toString(), errors, empty());
        }
    }

    private static List<LogEntry> errors(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }
}
