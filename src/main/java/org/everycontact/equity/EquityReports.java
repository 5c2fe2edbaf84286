package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.OverrideReasons;
import org.everycontact.cohorts.EthnicGroup;
import org.everycontact.equity.DisclosureControl.Cell;
import org.everycontact.equity.DisclosureControl.Sum;
import org.everycontact.equity.ReportQueries.DailyPrompts;
import org.everycontact.equity.ReportQueries.Dimension;

/**
 * Computes the equity report from the invocation, issued-card and feedback tables ({@link ReportQueries})
 * and applies statistical disclosure control ({@link DisclosureControl}) before anything is published.
 * Read only; never on a hook's path.
 */
@ApplicationScoped
public class EquityReports {

    public static final String TOTAL = "total";
    public static final String IMD_QUINTILE = "imd-quintile";
    public static final String CORE20 = "core20";
    public static final String ETHNIC_GROUP = "ethnic-group";
    public static final String RULE = "rule";

    private static final Map<EthnicGroup, String> ETHNIC_LABELS = new EnumMap<>(Map.of(
            EthnicGroup.WHITE, "White", EthnicGroup.MIXED, "Mixed", EthnicGroup.ASIAN, "Asian",
            EthnicGroup.BLACK, "Black", EthnicGroup.OTHER, "Other",
            EthnicGroup.UNKNOWN, "Not stated or not known"));

    /** Measures whose rule rows add up to the total: each prompt presents one rule, each snooze is of one. */
    private static final Set<Measure> ADDITIVE_BY_RULE =
            EnumSet.of(Measure.PROMPTS_SHOWN, Measure.ACCEPTED, Measure.OVERRIDDEN, Measure.SNOOZED);

    /** The override reasons reported, in order, with their displays. */
    private static final Map<String, String> REASONS = reasons();

    private final ReportQueries queries;
    private final ReportParameters parameters;
    private final CardComposer cards;

    public EquityReports(ReportQueries queries, ReportParameters parameters, CardComposer cards) {
        this.queries = queries;
        this.parameters = parameters;
        this.cards = cards;
    }

    /** A group's counts as cells, so that disclosure control can suppress them. */
    private record RowCells(String key, String label, Map<Measure, Cell> counts, Map<String, Cell> reasons) {

        static RowCells of(String key, String label, GroupCounts raw) {
            Map<Measure, Cell> counts = new EnumMap<>(Measure.class);
            Arrays.stream(Measure.values()).forEach(m -> counts.put(m, new Cell(raw == null ? 0 : raw.get(m))));
            Map<String, Cell> reasons = new LinkedHashMap<>();
            REASONS.keySet().forEach(r -> reasons.put(r, new Cell(raw == null ? 0 : raw.reason(r))));
            return new RowCells(key, label, counts, reasons);
        }

        Stream<Cell> cells() {
            return Stream.concat(counts.values().stream(), reasons.values().stream());
        }
    }

    private record TableCells(String id, String title, List<RowCells> rows) {
    }

    /** One trend bucket's cells, per Core20 flag. */
    private record BucketCells(String period, LocalDate start, Cell core20Shown, Cell core20Accepted,
                               Cell restShown, Cell restAccepted) {
    }

    @Transactional
    public EquityReport report(ReportQuery query) {
        TableCells total = table(TOTAL, "All calls", Dimension.TOTAL, query, List.of("all"), key -> "All calls");
        TableCells quintiles = table(IMD_QUINTILE, "IMD quintile", Dimension.IMD_QUINTILE, query,
                List.of("1", "2", "3", "4", "5", ReportQueries.NOT_KNOWN), EquityReports::quintileLabel);
        TableCells core20 = table(CORE20, "Core20 and the rest", Dimension.CORE20, query,
                List.of(ReportQueries.CORE20, ReportQueries.REST),
                key -> key.equals(ReportQueries.CORE20) ? "Core20 (most deprived 20%)" : "The rest");
        TableCells ethnicity = table(ETHNIC_GROUP, "Ethnic category group", Dimension.ETHNIC_GROUP, query,
                Arrays.stream(EthnicGroup.values()).map(Enum::name).toList(),
                key -> ETHNIC_LABELS.get(EthnicGroup.valueOf(key)));
        Map<String, GroupCounts> byRule = queries.byRule(query);
        TableCells rules = new TableCells(RULE, "Rule", byRule.keySet().stream().sorted()
                .map(id -> RowCells.of(id, cards.topicDisplay(id).orElse(id), byRule.get(id))).toList());
        List<TableCells> tables = List.of(total, quintiles, core20, ethnicity, rules);
        String interval = ChronoUnit.DAYS.between(query.from(), query.to()) + 1 <= parameters.weeklyTrendMaxDays()
                ? "week" : "month";
        List<BucketCells> buckets = buckets(query, interval);

        List<Cell> cells = new ArrayList<>();
        tables.forEach(t -> t.rows().forEach(row -> row.cells().forEach(cells::add)));
        buckets.forEach(b -> cells.addAll(List.of(b.core20Shown(), b.core20Accepted(), b.restShown(),
                b.restAccepted())));
        DisclosureControl control = new DisclosureControl(parameters.suppressionThreshold());
        control.protect(cells, sums(tables, buckets));

        return new EquityReport(query.from(), query.to(), query.practice(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), control.rules(),
                tables.stream().map(EquityReports::grouping).toList(),
                gap(core20.rows().get(0), core20.rows().get(1)), trend(interval, buckets));
    }

    private TableCells table(String id, String title, Dimension dimension, ReportQuery query, List<String> keys,
                             Function<String, String> label) {
        Map<String, GroupCounts> raw = queries.byGroup(dimension, query);
        return new TableCells(id, title, keys.stream().map(key -> RowCells.of(key, label.apply(key), raw.get(key)))
                .toList());
    }

    private static String quintileLabel(String key) {
        return switch (key) {
            case "1" -> "1 (most deprived)";
            case "5" -> "5 (least deprived)";
            case ReportQueries.NOT_KNOWN -> "Not known";
            default -> key;
        };
    }

    /** Every published sum a suppressed cell could be recovered from. */
    private static List<Sum> sums(List<TableCells> tables, List<BucketCells> buckets) {
        List<Sum> sums = new ArrayList<>();
        RowCells all = tables.get(0).rows().get(0);
        for (TableCells table : tables.subList(1, tables.size())) {
            for (Measure measure : Measure.values()) {
                // A patient or call with several rules counts under each: rule rows add up to no total.
                if (!table.id().equals(RULE) || ADDITIVE_BY_RULE.contains(measure)) {
                    sums.add(new Sum(all.counts().get(measure),
                            table.rows().stream().map(row -> row.counts().get(measure)).toList()));
                }
            }
            for (String reason : REASONS.keySet()) {
                sums.add(new Sum(all.reasons().get(reason),
                        table.rows().stream().map(row -> row.reasons().get(reason)).toList()));
            }
        }
        tables.forEach(table -> table.rows().forEach(row ->
                sums.add(new Sum(row.counts().get(Measure.OVERRIDDEN), List.copyOf(row.reasons().values())))));
        RowCells core20 = tables.get(2).rows().get(0);
        RowCells rest = tables.get(2).rows().get(1);
        // Core20 (deciles 1-2) is in practice quintile 1: an equal count must not be shown in one place only.
        RowCells mostDeprived = tables.get(1).rows().get(0);
        List<Cell> core20Cells = core20.cells().toList();
        List<Cell> quintileCells = mostDeprived.cells().toList();
        for (int i = 0; i < core20Cells.size(); i++) {
            if (core20Cells.get(i).value() == quintileCells.get(i).value()) {
                sums.add(new Sum(core20Cells.get(i), List.of(quintileCells.get(i))));
            }
        }
        sums.add(trendSum(core20, Measure.PROMPTS_SHOWN, buckets, BucketCells::core20Shown));
        sums.add(trendSum(core20, Measure.ACCEPTED, buckets, BucketCells::core20Accepted));
        sums.add(trendSum(rest, Measure.PROMPTS_SHOWN, buckets, BucketCells::restShown));
        sums.add(trendSum(rest, Measure.ACCEPTED, buckets, BucketCells::restAccepted));
        return sums;
    }

    private static Sum trendSum(RowCells whole, Measure measure, List<BucketCells> buckets,
                                Function<BucketCells, Cell> cell) {
        return new Sum(whole.counts().get(measure), buckets.stream().map(cell).toList());
    }

    private static Grouping grouping(TableCells table) {
        return new Grouping(table.id(), table.title(), table.rows().stream().map(EquityReports::row).toList());
    }

    private static GroupRow row(RowCells row) {
        List<String> suppressed = new ArrayList<>();
        row.counts().forEach((measure, cell) -> {
            if (cell.suppressed()) {
                suppressed.add(measure.key());
            }
        });
        Cell shown = row.counts().get(Measure.PROMPTS_SHOWN);
        Double acceptance = rate(row.counts().get(Measure.ACCEPTED), shown, "acceptanceRate", suppressed);
        Double overridden = rate(row.counts().get(Measure.OVERRIDDEN), shown, "overriddenRate", suppressed);
        List<ReasonCount> reasons = new ArrayList<>();
        row.reasons().forEach((code, cell) ->
                reasons.add(new ReasonCount(code, REASONS.get(code), cell.shown(), cell.suppressed())));
        Map<Measure, Cell> c = row.counts();
        return new GroupRow(row.key(), row.label(), c.get(Measure.PATIENTS_SEEN).shown(),
                c.get(Measure.HOOK_CALLS).shown(), shown.shown(), c.get(Measure.ACCEPTED).shown(),
                c.get(Measure.OVERRIDDEN).shown(), c.get(Measure.SNOOZED).shown(), acceptance, overridden, reasons,
                List.copyOf(suppressed));
    }

    /** An unrounded ratio of two counts of a group (null without a denominator), suppressed with either count. */
    private record Ratio(Double value, boolean suppressed) {

        static Ratio of(RowCells row, Measure numerator, Measure denominator) {
            Cell above = row.counts().get(numerator);
            Cell below = row.counts().get(denominator);
            return new Ratio(below.value() == 0 ? null : (double) above.value() / below.value(),
                    above.suppressed() || below.suppressed());
        }

        Double published(String name, List<String> suppressedNames) {
            return publish(value, suppressed, name, suppressedNames);
        }

        Double minus(Ratio other, String name, List<String> suppressedNames) {
            return publish(value == null || other.value == null ? null : value - other.value,
                    suppressed || other.suppressed, name, suppressedNames);
        }

        private static Double publish(Double value, boolean suppressed, String name, List<String> suppressedNames) {
            if (suppressed) {
                suppressedNames.add(name);
                return null;
            }
            return value == null ? null : round(value);
        }
    }

    private static Gap gap(RowCells core20, RowCells rest) {
        List<String> suppressed = new ArrayList<>();
        Ratio core20Acceptance = Ratio.of(core20, Measure.ACCEPTED, Measure.PROMPTS_SHOWN);
        Ratio restAcceptance = Ratio.of(rest, Measure.ACCEPTED, Measure.PROMPTS_SHOWN);
        Ratio core20Prompts = Ratio.of(core20, Measure.PROMPTS_SHOWN, Measure.PATIENTS_SEEN);
        Ratio restPrompts = Ratio.of(rest, Measure.PROMPTS_SHOWN, Measure.PATIENTS_SEEN);
        return new Gap(core20Acceptance.published("core20AcceptanceRate", suppressed),
                restAcceptance.published("restAcceptanceRate", suppressed),
                core20Acceptance.minus(restAcceptance, "acceptanceRateGap", suppressed),
                core20Prompts.published("core20PromptsPerPatient", suppressed),
                restPrompts.published("restPromptsPerPatient", suppressed),
                core20Prompts.minus(restPrompts, "promptsPerPatientGap", suppressed), List.copyOf(suppressed));
    }

    /** numerator / denominator to three decimals; null, and named in {@code suppressed}, when either is suppressed. */
    private static Double rate(Cell numerator, Cell denominator, String name, List<String> suppressed) {
        if (numerator.suppressed() || denominator.suppressed()) {
            suppressed.add(name);
            return null;
        }
        return denominator.value() == 0 ? null : round((double) numerator.value() / denominator.value());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The period's weeks or months (the first and last clipped to it), with the prompts of each. */
    private List<BucketCells> buckets(ReportQuery query, String interval) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = query.from(); !start.isAfter(query.to()); start = next(start, interval)) {
            starts.add(start);
        }
        long[][] counts = new long[starts.size()][4];
        for (DailyPrompts day : queries.daily(query)) {
            int bucket = bucketOf(starts, day.day());
            int offset = day.core20() ? 0 : 2;
            counts[bucket][offset] += day.shown();
            counts[bucket][offset + 1] += day.accepted();
        }
        List<BucketCells> buckets = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            String period = interval.equals("week")
                    ? "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            buckets.add(new BucketCells(period, start, new Cell(counts[i][0]), new Cell(counts[i][1]),
                    new Cell(counts[i][2]), new Cell(counts[i][3])));
        }
        return buckets;
    }

    private static LocalDate next(LocalDate start, String interval) {
        return interval.equals("week") ? start.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : start.with(TemporalAdjusters.firstDayOfNextMonth());
    }

    private static int bucketOf(List<LocalDate> starts, LocalDate day) {
        int bucket = 0;
        while (bucket + 1 < starts.size() && !starts.get(bucket + 1).isAfter(day)) {
            bucket++;
        }
        return bucket;
    }

    private static Trend trend(String interval, List<BucketCells> buckets) {
        return new Trend(interval, buckets.stream().map(b -> {
            List<String> suppressed = new ArrayList<>();
            if (b.core20Shown().suppressed()) {
                suppressed.add("core20Shown");
            }
            if (b.core20Accepted().suppressed()) {
                suppressed.add("core20Accepted");
            }
            if (b.restShown().suppressed()) {
                suppressed.add("restShown");
            }
            if (b.restAccepted().suppressed()) {
                suppressed.add("restAccepted");
            }
            Double core20 = rate(b.core20Accepted(), b.core20Shown(), "core20AcceptanceRate", suppressed);
            Double rest = rate(b.restAccepted(), b.restShown(), "restAcceptanceRate", suppressed);
            return new TrendPoint(b.period(), b.start(), b.core20Shown().shown(), b.core20Accepted().shown(), core20,
                    b.restShown().shown(), b.restAccepted().shown(), rest, List.copyOf(suppressed));
        }).toList());
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        OverrideReasons.ALL.forEach(coding -> reasons.put(coding.code(), coding.display()));
        reasons.put(ReportQueries.OTHER_REASON, "Other coded reason");
        reasons.put(ReportQueries.NO_REASON, "No coded reason");
        return reasons;
    }
}
