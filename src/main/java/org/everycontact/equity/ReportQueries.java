package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.everycontact.cards.Coding;
import org.everycontact.cards.OverrideReasons;

/**
 * The equity report's aggregate queries, in SQL that runs on H2 and PostgreSQL alike: the database
 * groups and counts, nothing is read row by row.
 * <p>
 * A prompt is a card of a call that presents a rule the call found and did not hold back by the cap: a
 * rule card. The "more opportunities" card presents only capped rules, and the record notices (incomplete
 * record, NHS number) present no finding, so neither counts. A prompt's outcome is its latest feedback
 * (by outcome time), so a card first overridden and then accepted counts as accepted.
 */
@ApplicationScoped
class ReportQueries {

    /** The groupings of calls; each key expression is SQL of ours, never the caller's. */
    enum Dimension {
        TOTAL("'all'", ""),
        IMD_QUINTILE("h.imd_quintile", " group by h.imd_quintile"),
        CORE20("h.core20", " group by h.core20"),
        ETHNIC_GROUP("h.ethnic_group", " group by h.ethnic_group");

        private final String key;
        private final String groupBy;

        Dimension(String key, String groupBy) {
            this.key = key;
            this.groupBy = groupBy;
        }
    }

    static final String NOT_KNOWN = "not-known";
    static final String CORE20 = "core20";
    static final String REST = "rest";
    /** Override reason key of an override without a coded reason. */
    static final String NO_REASON = "none";
    /** Override reason key of a code outside the override-reason CodeSystem. */
    static final String OTHER_REASON = "other";

    private static final Set<String> KNOWN_REASONS =
            OverrideReasons.ALL.stream().map(Coding::code).collect(Collectors.toUnmodifiableSet());

    /** {@code %s} is the kind of join (left or inner) to the calls' prompt cards. */
    private static final String PROMPTS = """
             from hook_invocation h
             %s join hook_invocation_card hc on hc.invocation_id = h.id and exists (
                 select 1 from issued_card_rule r
                 join hook_invocation_finding f on f.rule_id = r.rule_id and f.invocation_id = hc.invocation_id
                 where r.card_uuid = hc.card_uuid and not exists (
                     select 1 from hook_invocation_capped c
                     where c.invocation_id = hc.invocation_id and c.rule_id = r.rule_id))
             left join card_feedback o on o.card_uuid = hc.card_uuid and o.service_id = h.service_id and not exists (
                 select 1 from card_feedback g where g.card_uuid = o.card_uuid and g.service_id = o.service_id
                 and (g.outcome_timestamp > o.outcome_timestamp
                      or (g.outcome_timestamp = o.outcome_timestamp and g.id > o.id)))
            """;
    private static final String OUTCOMES = """
             coalesce(sum(case when o.outcome = 'accepted' then 1 else 0 end), 0),
             coalesce(sum(case when o.outcome = 'overridden' then 1 else 0 end), 0)
            """;
    private static final String SNOOZED =
            " from hook_invocation h join hook_invocation_snoozed s on s.invocation_id = h.id";
    private static final String RULES = " join issued_card_rule rr on rr.card_uuid = hc.card_uuid";
    private static final String OVERRIDDEN = " and o.outcome = 'overridden'";

    private final EntityManager entityManager;

    ReportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The counts of each group of calls of {@code dimension} that has any, by its key. */
    Map<String, GroupCounts> byGroup(Dimension dimension, ReportQuery query) {
        Map<String, GroupCounts> groups = new LinkedHashMap<>();
        Function<Object, GroupCounts> group = value -> groups.computeIfAbsent(key(dimension, value),
                k -> new GroupCounts());
        String groupBy = dimension.groupBy;
        for (Object[] row : rows("select " + dimension.key + ", count(distinct h.patient_pseudonym),"
                + " count(distinct h.id), count(hc.card_uuid)," + OUTCOMES + PROMPTS.formatted("left"), groupBy, query)) {
            GroupCounts counts = group.apply(row[0]);
            counts.set(Measure.PATIENTS_SEEN, number(row[1]));
            counts.set(Measure.HOOK_CALLS, number(row[2]));
            counts.set(Measure.PROMPTS_SHOWN, number(row[3]));
            counts.set(Measure.ACCEPTED, number(row[4]));
            counts.set(Measure.OVERRIDDEN, number(row[5]));
        }
        for (Object[] row : rows("select " + dimension.key + ", count(*)" + SNOOZED, groupBy, query)) {
            group.apply(row[0]).set(Measure.SNOOZED, number(row[1]));
        }
        String reasonsGroupBy = (groupBy.isEmpty() ? " group by " : groupBy + ", ")
                + "o.override_system, o.override_code";
        for (Object[] row : rows("select " + dimension.key + ", o.override_system, o.override_code, count(*)"
                + PROMPTS.formatted("inner"), OVERRIDDEN + reasonsGroupBy, query)) {
            group.apply(row[0]).addReason(reasonKey((String) row[1], (String) row[2]), number(row[3]));
        }
        return groups;
    }

    /**
     * The counts of each rule that found anything, by rule id. A prompt presenting several rules counts
     * under each of them.
     */
    Map<String, GroupCounts> byRule(ReportQuery query) {
        Map<String, GroupCounts> rules = new LinkedHashMap<>();
        Function<Object, GroupCounts> rule = id -> rules.computeIfAbsent((String) id, k -> new GroupCounts());
        for (Object[] row : rows("select f.rule_id, count(distinct h.patient_pseudonym), count(distinct h.id)"
                + " from hook_invocation h join hook_invocation_finding f on f.invocation_id = h.id",
                " group by f.rule_id", query)) {
            rule.apply(row[0]).set(Measure.PATIENTS_SEEN, number(row[1]));
            rule.apply(row[0]).set(Measure.HOOK_CALLS, number(row[2]));
        }
        for (Object[] row : rows("select rr.rule_id, count(*)," + OUTCOMES + PROMPTS.formatted("inner") + RULES,
                " group by rr.rule_id", query)) {
            rule.apply(row[0]).set(Measure.PROMPTS_SHOWN, number(row[1]));
            rule.apply(row[0]).set(Measure.ACCEPTED, number(row[2]));
            rule.apply(row[0]).set(Measure.OVERRIDDEN, number(row[3]));
        }
        for (Object[] row : rows("select s.rule_id, count(*)" + SNOOZED, " group by s.rule_id", query)) {
            rule.apply(row[0]).set(Measure.SNOOZED, number(row[1]));
        }
        for (Object[] row : rows("select rr.rule_id, o.override_system, o.override_code, count(*)"
                + PROMPTS.formatted("inner") + RULES,
                OVERRIDDEN + " group by rr.rule_id, o.override_system, o.override_code", query)) {
            rule.apply(row[0]).addReason(reasonKey((String) row[1], (String) row[2]), number(row[3]));
        }
        return rules;
    }

    /** Prompts shown and accepted on one as-of date, to Core20 patients or to the rest. */
    record DailyPrompts(LocalDate day, boolean core20, long shown, long accepted) {
    }

    /** Prompts shown and accepted per as-of date and Core20 flag; days without prompts are left out. */
    List<DailyPrompts> daily(ReportQuery query) {
        return rows("select h.as_of_date, h.core20, count(*)," + OUTCOMES + PROMPTS.formatted("inner"),
                " group by h.as_of_date, h.core20", query).stream()
                .map(row -> new DailyPrompts(date(row[0]), (Boolean) row[1], number(row[2]), number(row[3])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String selectFrom, String tail, ReportQuery query) {
        String where = " where h.as_of_date between :from and :to"
                + (query.practice() == null ? "" : " and h.practice = :practice");
        Query sql = entityManager.createNativeQuery(selectFrom + where + tail)
                .setParameter("from", query.from()).setParameter("to", query.to());
        if (query.practice() != null) {
            sql.setParameter("practice", query.practice());
        }
        return sql.getResultList();
    }

    private static String key(Dimension dimension, Object value) {
        return switch (dimension) {
            case TOTAL -> "all";
            case IMD_QUINTILE -> value == null ? NOT_KNOWN : Long.toString(number(value));
            case CORE20 -> Boolean.TRUE.equals(value) ? CORE20 : REST;
            case ETHNIC_GROUP -> (String) value;
        };
    }

    static String reasonKey(String system, String code) {
        if (code == null) {
            return NO_REASON;
        }
        return (system == null || OverrideReasons.SYSTEM.equals(system)) && KNOWN_REASONS.contains(code)
                ? code : OTHER_REASON;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }
}
