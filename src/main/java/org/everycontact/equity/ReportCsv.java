package org.everycontact.equity;

import java.util.List;

/**
 * The equity report as one tidy CSV table ({@code grouping,group,measure,value}) after {@code #} lines
 * stating the period, practice, time generated and the disclosure control. A suppressed value is written
 * {@value DisclosureControl#MARKER}; a rate without prompts to divide by is empty.
 */
public final class ReportCsv {

    public static final String HEADER = "grouping,group,measure,value";

    private final StringBuilder out = new StringBuilder();

    private ReportCsv() {
    }

    public static String of(EquityReport report) {
        ReportCsv csv = new ReportCsv();
        csv.comment("EveryContact equity report");
        csv.comment("period: " + report.from() + " to " + report.to() + " (as-of dates, inclusive)");
        csv.comment("practice: " + (report.practice() == null ? "all practices" : report.practice()));
        csv.comment("generated: " + report.generatedAt());
        csv.comment("disclosure control: threshold " + report.disclosureControl().threshold()
                + "; suppressed values are written as \"" + report.disclosureControl().marker() + "\"");
        report.disclosureControl().rules().forEach(csv::comment);
        csv.out.append(HEADER).append("\r\n");
        report.groupings().forEach(grouping -> grouping.groups().forEach(row -> csv.row(grouping.id(), row)));
        Gap gap = report.gap();
        String core20MinusRest = "core20-minus-rest";
        csv.value("gap", core20MinusRest, "core20AcceptanceRate", gap.core20AcceptanceRate(), gap.suppressed());
        csv.value("gap", core20MinusRest, "restAcceptanceRate", gap.restAcceptanceRate(), gap.suppressed());
        csv.value("gap", core20MinusRest, "acceptanceRateGap", gap.acceptanceRateGap(), gap.suppressed());
        csv.value("gap", core20MinusRest, "core20PromptsPerPatient", gap.core20PromptsPerPatient(), gap.suppressed());
        csv.value("gap", core20MinusRest, "restPromptsPerPatient", gap.restPromptsPerPatient(), gap.suppressed());
        csv.value("gap", core20MinusRest, "promptsPerPatientGap", gap.promptsPerPatientGap(), gap.suppressed());
        String trend = "trend-" + report.trend().interval();
        for (TrendPoint point : report.trend().points()) {
            csv.value(trend, point.period(), "core20Shown", point.core20Shown(), point.suppressed());
            csv.value(trend, point.period(), "core20Accepted", point.core20Accepted(), point.suppressed());
            csv.value(trend, point.period(), "core20AcceptanceRate", point.core20AcceptanceRate(), point.suppressed());
            csv.value(trend, point.period(), "restShown", point.restShown(), point.suppressed());
            csv.value(trend, point.period(), "restAccepted", point.restAccepted(), point.suppressed());
            csv.value(trend, point.period(), "restAcceptanceRate", point.restAcceptanceRate(), point.suppressed());
        }
        return csv.out.toString();
    }

    private void comment(String line) {
        out.append("# ").append(line.replaceAll("[\\r\\n]", " ")).append("\r\n");
    }

    private void row(String grouping, GroupRow row) {
        for (Measure measure : Measure.values()) {
            value(grouping, row.group(), measure.key(), row.count(measure), row.suppressed());
        }
        value(grouping, row.group(), "acceptanceRate", row.acceptanceRate(), row.suppressed());
        value(grouping, row.group(), "overriddenRate", row.overriddenRate(), row.suppressed());
        for (ReasonCount reason : row.overrideReasons()) {
            line(grouping, row.group(), "overrideReason." + reason.code(),
                    reason.suppressed() ? DisclosureControl.MARKER : String.valueOf(reason.count()));
        }
    }

    private void value(String grouping, String group, String measure, Number value, List<String> suppressed) {
        line(grouping, group, measure, suppressed.contains(measure) ? DisclosureControl.MARKER
                : value == null ? "" : value.toString());
    }

    private void line(String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(field(fields[i]));
        }
        out.append("\r\n");
    }

    private static String field(String value) {
        return value.matches("[^\",\\r\\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
