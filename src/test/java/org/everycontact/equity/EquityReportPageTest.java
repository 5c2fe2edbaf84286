package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everycontact.support.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The equity report's web page: tables rendered on the server (readable without JavaScript), the report
 * as JSON for the charts, uPlot and our script served locally, and a Content-Security-Policy that allows
 * no inline script. Numbers are those worked out in {@link EquityReportTest}.
 */
@QuarkusTest
class EquityReportPageTest {

    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"report-data\">";

    @BeforeEach
    void fixture() {
        ReportFixture.insertOnce();
    }

    private static String page(Map<String, String> query) {
        return given().header("Authorization", StaffTokens.analyst()).queryParams(query)
                .get("/equity/report/page").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .extract().asString();
    }

    private static Map<String, String> fixtureQuery() {
        return Map.of("from", ReportFixture.FROM.toString(), "to", ReportFixture.TO.toString(),
                "practice", ReportFixture.PRACTICE);
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<tr><th scope=\"row\">" + cells[0] + "</th>");
        for (int i = 1; i < cells.length; i++) {
            row.append("<td>").append(cells[i]).append("</td>");
        }
        return row.toString();
    }

    @Test
    void tablesShowTheNumbersWithSuppressedCellsStarred() {
        String html = page(fixtureQuery());
        assertTrue(html.contains(row("All calls", "16", "17", "22", "12", "7", "*", "54.5%", "31.8%")), html);
        assertTrue(html.contains(row("Core20 (most deprived 20%)", "6", "7", "10", "7", "*", "*", "70.0%", "*")));
        assertTrue(html.contains(row("The rest", "10", "10", "12", "5", "*", "*", "41.7%", "*")));
        assertTrue(html.contains(row("Mixed", "0", "0", "0", "0", "0", "0", "–", "–")));
        assertTrue(html.contains(row("Acceptance rate", "70.0%", "41.7%", "+28.3 points")));
        assertTrue(html.contains(row("2025-01", "10", "7", "70.0%", "0", "0", "–")));
        assertTrue(html.contains("Primary: counts from 1 to 4 are suppressed; zero is shown."));
        assertTrue(html.contains("value=\"2025-01-01\"") && html.contains("value=\"FIXTURE-7\""));
        assertTrue(html.contains("/equity/report?format=csv&amp;from=2025-01-01&amp;to=2025-04-30&amp;practice=FIXTURE-7"));
        for (String chart : List.of("chart-quintile", "chart-ethnicity", "chart-trend")) {
            assertTrue(html.contains("id=\"" + chart + "\""), chart);
        }
    }

    @Test
    void chartDataIsTheJsonReportAndNoScriptIsInline() throws Exception {
        String html = page(fixtureQuery());
        String data = html.substring(html.indexOf(DATA_OPEN) + DATA_OPEN.length());
        data = data.substring(0, data.indexOf("</script>"));
        EquityReport report = new ObjectMapper().findAndRegisterModules().readValue(data, EquityReport.class);
        assertEquals(16L, report.grouping(EquityReports.TOTAL).groups().get(0).patientsSeen());
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            String attributes = scripts.group(1);
            assertTrue(attributes.contains("src=\"/") || attributes.contains("type=\"application/json\""), attributes);
        }
    }

    @Test
    void aPracticeCannotCloseTheDataElement() {
        String practice = "</script><script>alert(1)</script>";
        String html = page(Map.of("from", "2025-01-01", "to", "2025-01-31", "practice", practice));
        String data = html.substring(html.indexOf(DATA_OPEN) + DATA_OPEN.length());
        data = data.substring(0, data.indexOf("</script>"));
        assertTrue(data.contains("\\u003c/script\\u003e"), data);
        assertFalse(data.contains("<"));
        assertFalse(html.contains("<script>alert(1)"));
    }

    @Test
    void uPlotOurScriptStylesAndIconAreServedLocallyWithoutAToken() {
        String html = page(fixtureQuery());
        Matcher assets = Pattern.compile("(?:src|href)=\"(/(?:webjars|equity-assets)/[^\"]+)\"").matcher(html);
        int served = 0;
        while (assets.find()) {
            given().get(assets.group(1)).then().statusCode(200);
            served++;
        }
        assertEquals(5, served, "uPlot's script and styles, our script, styles and icon");
        assertTrue(html.contains("src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\""));
        assertFalse(html.contains("https://"), "nothing from a CDN");
        given().get("/equity-assets/report.js").then().statusCode(200)
                .body(containsString("data-rendered"));
    }

    @Test
    void theDefaultPageCoversTheLastNinetyDays() {
        String html = page(Map.of());
        assertTrue(html.contains("value=\"2026-08-29\"") && html.contains("value=\"2026-11-26\""));
        given().header("Authorization", StaffTokens.analyst()).get("/equity/report/page").then()
                .header("Content-Security-Policy", equalTo("default-src 'none'; script-src 'self'; style-src 'self';"
                        + " img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"));
    }
}
