package org.everycontact.equity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.everycontact.support.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The equity report of {@link ReportFixture}, worked out by hand (threshold 5: counts 1-4 suppressed).
 * <p>
 * Measures per group: patients seen, hook calls, prompts shown, accepted, overridden, snoozed. "s" marks
 * primary suppression (1-4), "S" secondary (the next smallest count of a sum with one suppressed count).
 * <pre>
 * total        16  17  22  12   7   2s        rates 12/22 = 0.545, 7/22 = 0.318
 *   reasons    patient-declined 4s (A1, B4-B6), data-is-wrong 1s (B2), other 1s (D1), none 1s (A6); A5's
 *              override was followed by an acceptance, so the latest outcome (accepted) counts
 * quintile 1    6   7  10   7   2s  1s        A: A1 twice; the "more" card and its feedback do not count
 * quintile 3    7   7   9   4s  4s  0         B
 * quintile 5    2s  2s  2s  1s  0   1s        C
 * not known     1s  1s  1s  0   1s  0         D; the incomplete-record notice is not a prompt
 * core20        6   7  10   7   2s  1s        acceptance 7/10 = 0.7
 * rest         10  10  12   5   5S  1s        5 of total 7 with core20's 2 suppressed; acceptance 5/12 = 0.417
 * gap          acceptance 0.7 - 0.417 = 0.283; prompts per patient 10/6 = 1.667 - 12/10 = 1.2 = 0.467
 * WHITE         9   9  11   5S  5   0         A5, A6, B1-B7; accepted 5 suppressed as BLACK's 1 is, of
 *                                             total 12; overridden rate 5/11 = 0.455
 * ASIAN         4s  5   8   6   1s  1s        A1-A4; acceptance 6/8 = 0.75
 * BLACK         2s  2s  2s  1s  0   1s
 * UNKNOWN       1s  1s  1s  0   1s  0
 * R-HTN-03     15  16  16   9S  5S  0         F's accepted 3 and overridden 2 are suppressed; rule rows
 * R-MECC-SMK-01 1s  1s  0   0   0   0         of prompts add up to the total, patients and calls do not
 * R-VAC-FLU-01  7   8   6   3s  2s  2s        (so have no secondary suppression)
 * trend by month: 2025-01 Core20 10 shown, 7 accepted (0.7); 2025-03 rest 12 shown, 5 accepted (0.417)
 * </pre>
 */
@QuarkusTest
class EquityReportTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String REPORT = "/equity/report";

    @BeforeEach
    void fixture() {
        ReportFixture.insertOnce();
    }

    private static Response get(Map<String, String> query, String accept) {
        return given().header("Authorization", StaffTokens.analyst()).accept(accept).queryParams(query).get(REPORT);
    }

    private static Map<String, String> fixtureQuery() {
        return Map.of("from", ReportFixture.FROM.toString(), "to", ReportFixture.TO.toString(),
                "practice", ReportFixture.PRACTICE);
    }

    static EquityReport report(Map<String, String> query) throws Exception {
        Response response = get(query, "application/json");
        response.then().statusCode(200).contentType(startsWith("application/json"));
        return JSON.readValue(response.asString(), EquityReport.class);
    }

    private static GroupRow row(EquityReport report, String grouping, String group) {
        return report.grouping(grouping).groups().stream().filter(r -> r.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError(grouping + " has no group " + group));
    }

    /** Patients seen, hook calls, prompts shown, accepted, overridden, snoozed; null where suppressed. */
    private static void counts(GroupRow row, Long... expected) {
        List<Long> actual = Arrays.stream(Measure.values()).map(row::count).toList();
        assertEquals(Arrays.asList(expected), actual, row.group());
        Arrays.stream(Measure.values()).forEach(measure -> assertEquals(row.count(measure) == null,
                row.suppressed().contains(measure.key()), row.group() + " " + measure.key()));
    }

    private static Long reason(GroupRow row, String code) {
        return row.overrideReasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().count();
    }

    @Test
    void countsByGroupMatchTheHandWorkedFixture() throws Exception {
        EquityReport report = report(fixtureQuery());
        assertEquals(ReportFixture.FROM, report.from());
        assertEquals(ReportFixture.TO, report.to());
        assertEquals(ReportFixture.PRACTICE, report.practice());

        GroupRow total = row(report, EquityReports.TOTAL, "all");
        counts(total, 16L, 17L, 22L, 12L, 7L, null);
        assertEquals(0.545, total.acceptanceRate());
        assertEquals(0.318, total.overriddenRate());

        counts(row(report, EquityReports.IMD_QUINTILE, "1"), 6L, 7L, 10L, 7L, null, null);
        counts(row(report, EquityReports.IMD_QUINTILE, "2"), 0L, 0L, 0L, 0L, 0L, 0L);
        counts(row(report, EquityReports.IMD_QUINTILE, "3"), 7L, 7L, 9L, null, null, 0L);
        counts(row(report, EquityReports.IMD_QUINTILE, "4"), 0L, 0L, 0L, 0L, 0L, 0L);
        counts(row(report, EquityReports.IMD_QUINTILE, "5"), null, null, null, null, 0L, null);
        counts(row(report, EquityReports.IMD_QUINTILE, "not-known"), null, null, null, 0L, null, 0L);
        assertEquals(0.7, row(report, EquityReports.IMD_QUINTILE, "1").acceptanceRate());
        assertNull(row(report, EquityReports.IMD_QUINTILE, "2").acceptanceRate());

        counts(row(report, EquityReports.CORE20, "core20"), 6L, 7L, 10L, 7L, null, null);
        counts(row(report, EquityReports.CORE20, "rest"), 10L, 10L, 12L, 5L, null, null);
        assertEquals(0.7, row(report, EquityReports.CORE20, "core20").acceptanceRate());
        assertEquals(0.417, row(report, EquityReports.CORE20, "rest").acceptanceRate());

        counts(row(report, EquityReports.ETHNIC_GROUP, "WHITE"), 9L, 9L, 11L, null, 5L, 0L);
        counts(row(report, EquityReports.ETHNIC_GROUP, "MIXED"), 0L, 0L, 0L, 0L, 0L, 0L);
        counts(row(report, EquityReports.ETHNIC_GROUP, "ASIAN"), null, 5L, 8L, 6L, null, null);
        counts(row(report, EquityReports.ETHNIC_GROUP, "BLACK"), null, null, null, null, 0L, null);
        counts(row(report, EquityReports.ETHNIC_GROUP, "OTHER"), 0L, 0L, 0L, 0L, 0L, 0L);
        counts(row(report, EquityReports.ETHNIC_GROUP, "UNKNOWN"), null, null, null, 0L, null, 0L);
        assertEquals(0.455, row(report, EquityReports.ETHNIC_GROUP, "WHITE").overriddenRate());
        assertEquals(0.75, row(report, EquityReports.ETHNIC_GROUP, "ASIAN").acceptanceRate());
        assertEquals("Not stated or not known", row(report, EquityReports.ETHNIC_GROUP, "UNKNOWN").label());

        assertEquals(List.of(ReportFixture.H, ReportFixture.S, ReportFixture.F),
                report.grouping(EquityReports.RULE).groups().stream().map(GroupRow::group).toList());
        counts(row(report, EquityReports.RULE, ReportFixture.H), 15L, 16L, 16L, null, null, 0L);
        counts(row(report, EquityReports.RULE, ReportFixture.S), null, null, 0L, 0L, 0L, 0L);
        counts(row(report, EquityReports.RULE, ReportFixture.F), 7L, 8L, 6L, null, null, null);
        assertEquals("No blood pressure in 5 years", row(report, EquityReports.RULE, ReportFixture.H).label());
    }

    @Test
    void overrideReasonsCountTheLatestOutcomeAndAreSuppressedWhenSmall() throws Exception {
        GroupRow total = row(report(fixtureQuery()), EquityReports.TOTAL, "all");
        assertNull(reason(total, "patient-declined"));
        assertNull(reason(total, "data-is-wrong"));
        assertNull(reason(total, "other"));
        assertNull(reason(total, "none"));
        assertEquals(0L, reason(total, "not-appropriate-now"));
        assertEquals(0L, reason(total, "already-done-elsewhere"));
        assertEquals(0L, reason(total, "remind-later"));
        assertEquals("Patient declined", total.overrideReasons().stream()
                .filter(r -> r.code().equals("patient-declined")).findFirst().orElseThrow().display());
    }

    @Test
    void gapAndTrendCompareCore20WithTheRest() throws Exception {
        EquityReport report = report(fixtureQuery());
        Gap gap = report.gap();
        assertEquals(0.7, gap.core20AcceptanceRate());
        assertEquals(0.417, gap.restAcceptanceRate());
        assertEquals(0.283, gap.acceptanceRateGap());
        assertEquals(1.667, gap.core20PromptsPerPatient());
        assertEquals(1.2, gap.restPromptsPerPatient());
        assertEquals(0.467, gap.promptsPerPatientGap());
        assertEquals(List.of(), gap.suppressed());

        assertEquals("month", report.trend().interval());
        List<TrendPoint> points = report.trend().points();
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04"), points.stream().map(TrendPoint::period).toList());
        assertEquals(new TrendPoint("2025-01", LocalDate.parse("2025-01-01"), 10L, 7L, 0.7, 0L, 0L, null, List.of()),
                points.get(0));
        assertEquals(new TrendPoint("2025-03", LocalDate.parse("2025-03-01"), 0L, 0L, null, 12L, 5L, 0.417, List.of()),
                points.get(2));
    }

    @Test
    void shortPeriodsTrendByIsoWeekAndSuppressSmallWeeks() throws Exception {
        EquityReport report = report(Map.of("from", "2025-01-01", "to", "2025-01-31",
                "practice", ReportFixture.PRACTICE));
        assertEquals("week", report.trend().interval());
        // A1 on the 10th (2 prompts, both accepted), A2-A6 on the 15th (7, 5 accepted), A1 on the 20th (1, 0).
        List<TrendPoint> points = report.trend().points();
        assertEquals(List.of("2025-W01", "2025-W02", "2025-W03", "2025-W04", "2025-W05"),
                points.stream().map(TrendPoint::period).toList());
        assertEquals(LocalDate.parse("2025-01-06"), points.get(1).start());
        // Core20 shown 0, 2s, 7, 1s, 0 of 10; accepted 0, 2s, 5, 0, 0 of 7, so 5 goes too (secondary).
        assertNull(points.get(1).core20Shown());
        assertEquals(7L, points.get(2).core20Shown());
        assertNull(points.get(2).core20Accepted());
        assertNull(points.get(2).core20AcceptanceRate());
        assertTrue(points.get(2).suppressed().containsAll(List.of("core20Accepted", "core20AcceptanceRate")));
        assertEquals(0L, points.get(3).core20Accepted());
        assertNull(points.get(3).core20AcceptanceRate());
    }

    @Test
    void withoutAPracticeEveryPracticeCounts() throws Exception {
        EquityReport report = report(Map.of("from", ReportFixture.FROM.toString(), "to", ReportFixture.TO.toString()));
        assertNull(report.practice());
        counts(row(report, EquityReports.TOTAL, "all"), 17L, 18L, 23L, 13L, 7L, null);
    }

    @Test
    void disclosureControlIsStated() throws Exception {
        DisclosureRules rules = report(fixtureQuery()).disclosureControl();
        assertEquals(5, rules.threshold());
        assertEquals("suppressed", rules.marker());
        assertTrue(rules.rules().get(0).contains("from 1 to 4 are suppressed"));
        assertTrue(rules.rules().get(1).startsWith("Secondary"));
    }

    @Test
    void csvIsOneTidyTableWithTheJsonNumbers() throws Exception {
        EquityReport json = report(fixtureQuery());
        Response response = get(fixtureQuery(), "text/csv");
        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"equity-report-2025-01-01-to-2025-04-30.csv\""));
        List<String> lines = response.asString().lines().toList();
        List<String> comments = lines.stream().filter(l -> l.startsWith("#")).toList();
        assertTrue(comments.contains("# period: 2025-01-01 to 2025-04-30 (as-of dates, inclusive)"), comments::toString);
        assertTrue(comments.contains("# practice: FIXTURE-7"));
        assertTrue(comments.stream().anyMatch(c -> c.startsWith("# generated: ")));
        assertTrue(comments.stream().anyMatch(c -> c.contains("threshold 5")));
        assertTrue(comments.stream().anyMatch(c -> c.startsWith("# Secondary")));
        List<String> table = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(ReportCsv.HEADER, table.get(0));
        Map<String, String> values = new HashMap<>();
        table.stream().skip(1).map(l -> l.split(",", -1)).forEach(f -> {
            assertEquals(4, f.length, String.join(",", f));
            values.put(f[0] + "|" + f[1] + "|" + f[2], f[3]);
        });
        for (Grouping grouping : json.groupings()) {
            for (GroupRow row : grouping.groups()) {
                for (Measure measure : Measure.values()) {
                    Long value = row.count(measure);
                    assertEquals(value == null ? "suppressed" : value.toString(),
                            values.get(grouping.id() + "|" + row.group() + "|" + measure.key()));
                }
            }
        }
        assertEquals("0.545", values.get("total|all|acceptanceRate"));
        assertEquals("suppressed", values.get("total|all|overrideReason.patient-declined"));
        assertEquals("0", values.get("total|all|overrideReason.remind-later"));
        assertEquals("suppressed", values.get("ethnic-group|BLACK|acceptanceRate"));
        assertEquals("", values.get("ethnic-group|MIXED|acceptanceRate"));
        assertEquals("0.283", values.get("gap|core20-minus-rest|acceptanceRateGap"));
        assertEquals("0.7", values.get("trend-month|2025-01|core20AcceptanceRate"));
        assertEquals("12", values.get("trend-month|2025-03|restShown"));
    }

    @Test
    void formatParameterChoosesCsvOverTheAcceptHeader() {
        given().header("Authorization", StaffTokens.analyst()).accept("application/json")
                .queryParams(fixtureQuery()).queryParam("format", "csv").get(REPORT)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(containsString(ReportCsv.HEADER));
        given().header("Authorization", StaffTokens.bearer(StaffTokens.ADMIN)).queryParams(fixtureQuery())
                .get(REPORT).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void withoutATokenIs401AndWithoutAnAnalystRoleIs403() {
        for (String path : List.of(REPORT, REPORT + "/page")) {
            given().get(path).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
            given().header("Authorization", StaffTokens.bearer("some-other-group")).get(path).then().statusCode(403);
            given().header("Authorization", StaffTokens.expiredAnalyst()).get(path).then().statusCode(401);
        }
    }

    @Test
    void badParametersAreTheCallersOperationOutcome() {
        List<Map<String, String>> bad = List.of(
                Map.of("from", "2025-13-01"),
                Map.of("to", "yesterday"),
                Map.of("from", "2025-05-01", "to", "2025-04-30"),
                Map.of("from", "2023-01-01", "to", "2025-01-02"),
                Map.of("practice", "A\u0000B"),
                Map.of("practice", "P".repeat(256)));
        for (Map<String, String> query : bad) {
            for (String path : List.of(REPORT, REPORT + "/page")) {
                given().header("Authorization", StaffTokens.analyst()).queryParams(query).get(path)
                        .then().statusCode(400).contentType(startsWith("application/fhir+json"))
                        .body("resourceType", equalTo("OperationOutcome"))
                        .body("issue[0].code", equalTo("invalid"));
            }
        }
        given().header("Authorization", StaffTokens.analyst()).queryParam("format", "xml").get(REPORT)
                .then().statusCode(400).body("issue[0].expression[0]", equalTo("format"));
    }

    @Test
    void withoutAPeriodTheLastNinetyDaysUpToTodayAreReported() throws Exception {
        EquityReport report = report(Map.of());
        assertEquals(LocalDate.parse("2026-11-26"), report.to());
        assertEquals(LocalDate.parse("2026-08-29"), report.from());
    }
}
