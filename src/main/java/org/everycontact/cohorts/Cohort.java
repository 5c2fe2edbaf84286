package org.everycontact.cohorts;

import java.util.List;

/**
 * A cohort the record places the patient in, with the recorded facts that do so.
 *
 * @param id {@code core20} or {@code plus:<group>}
 * @param evidence the codes as {@code system|code}, or the area for Core20
 *                 ("IMD2025 decile 1 (LSOA E01006109)")
 */
public record Cohort(String id, List<String> evidence) {

    public static final String CORE20 = "core20";
    public static final String PLUS_PREFIX = "plus:";

    public Cohort {
        evidence = List.copyOf(evidence);
    }

    static Cohort plus(PlusGroup group, List<String> evidence) {
        return new Cohort(PLUS_PREFIX + group.id(), evidence);
    }
}
