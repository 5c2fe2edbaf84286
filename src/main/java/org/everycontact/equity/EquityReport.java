package org.everycontact.equity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The equity report (issue 7): prompts shown and what clinicians did with them, by deprivation,
 * ethnicity and rule, after statistical disclosure control.
 *
 * @param practice the practice reported on, or null for all practices
 * @param groupings the total, then by IMD quintile, Core20 vs the rest, ethnic group and rule
 */
public record EquityReport(
        LocalDate from,
        LocalDate to,
        String practice,
        Instant generatedAt,
        DisclosureRules disclosureControl,
        List<Grouping> groupings,
        Gap gap,
        Trend trend) {

    /** The grouping of this id (total, imd-quintile, core20, ethnic-group, rule). */
    public Grouping grouping(String id) {
        return groupings.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
