package org.everycontact.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The equity report as the tables of its web page: every value already written out, a suppressed one as
 * {@value #SUPPRESSED}, a rate with nothing to divide by as {@value #NOT_APPLICABLE}.
 */
public record ReportPage(List<Table> tables) {

    public static final String SUPPRESSED = "*";
    public static final String NOT_APPLICABLE = "–";

    /** One table of the page; {@code id} names its element. */
    public record Table(String id, String title, List<String> headers, List<List<String>> rows) {
    }

    public static ReportPage of(EquityReport report) {
        List<Table> tables = new ArrayList<>();
        report.groupings().forEach(grouping -> tables.add(table(grouping)));
        tables.add(gap(report.gap()));
        tables.add(trend(report.trend()));
        return new ReportPage(List.copyOf(tables));
    }

    private static Table table(Grouping grouping) {
        List<String> headers = new ArrayList<>(List.of(grouping.title(), "Patients seen", "Hook calls",
                "Prompts shown", "Accepted", "Overridden", "Snoozed", "Acceptance rate", "Overridden rate"));
        if (!grouping.groups().isEmpty()) {
            grouping.groups().get(0).overrideReasons().forEach(reason -> headers.add("Overridden: " + reason.display()));
        }
        List<List<String>> rows = grouping.groups().stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (Measure measure : Measure.values()) {
                cells.add(count(row.count(measure), row.suppressed().contains(measure.key())));
            }
            cells.add(percent(row.acceptanceRate(), row.suppressed().contains("acceptanceRate")));
            cells.add(percent(row.overriddenRate(), row.suppressed().contains("overriddenRate")));
            row.overrideReasons().forEach(reason -> cells.add(count(reason.count(), reason.suppressed())));
            return List.copyOf(cells);
        }).toList();
        return new Table(grouping.id(), grouping.title(), List.copyOf(headers), rows);
    }

    private static Table gap(Gap gap) {
        List<String> s = gap.suppressed();
        return new Table("gap", "Gap: Core20 minus the rest", List.of("Measure", "Core20", "The rest", "Gap"), List.of(
                List.of("Acceptance rate", percent(gap.core20AcceptanceRate(), s.contains("core20AcceptanceRate")),
                        percent(gap.restAcceptanceRate(), s.contains("restAcceptanceRate")),
                        points(gap.acceptanceRateGap(), s.contains("acceptanceRateGap"))),
                List.of("Prompts per patient seen",
                        decimal(gap.core20PromptsPerPatient(), s.contains("core20PromptsPerPatient")),
                        decimal(gap.restPromptsPerPatient(), s.contains("restPromptsPerPatient")),
                        decimal(gap.promptsPerPatientGap(), s.contains("promptsPerPatientGap")))));
    }

    private static Table trend(Trend trend) {
        List<List<String>> rows = trend.points().stream().map(p -> List.of(p.period(),
                count(p.core20Shown(), p.suppressed().contains("core20Shown")),
                count(p.core20Accepted(), p.suppressed().contains("core20Accepted")),
                percent(p.core20AcceptanceRate(), p.suppressed().contains("core20AcceptanceRate")),
                count(p.restShown(), p.suppressed().contains("restShown")),
                count(p.restAccepted(), p.suppressed().contains("restAccepted")),
                percent(p.restAcceptanceRate(), p.suppressed().contains("restAcceptanceRate")))).toList();
        return new Table("trend", "Trend by " + trend.interval(), List.of(trend.interval().equals("week")
                        ? "ISO week" : "Month", "Core20 prompts", "Core20 accepted", "Core20 acceptance rate",
                "Rest prompts", "Rest accepted", "Rest acceptance rate"), rows);
    }

    private static String count(Long value, boolean suppressed) {
        return suppressed ? SUPPRESSED : String.valueOf(value);
    }

    private static String percent(Double rate, boolean suppressed) {
        return suppressed ? SUPPRESSED : rate == null ? NOT_APPLICABLE
                : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String points(Double difference, boolean suppressed) {
        return suppressed ? SUPPRESSED : difference == null ? NOT_APPLICABLE
                : String.format(Locale.ROOT, "%+.1f points", difference * 100);
    }

    private static String decimal(Double value, boolean suppressed) {
        return suppressed ? SUPPRESSED : value == null ? NOT_APPLICABLE : String.format(Locale.ROOT, "%.2f", value);
    }
}
