package org.everycontact.cohorts;

import java.util.List;

/**
 * A cohort, clinical area or fact the record places the patient in, with the recorded facts that do so.
 *
 * @param id {@code core20}; {@code plus:<group>}, or {@code plus:local} for the sensitive groups; a
 *           Core20PLUS5 clinical area {@code area:<area>}; or the fact {@code no-fixed-abode}
 * @param evidence the codes as {@code system|code}, or the area for Core20
 *                 ("IMD2025 decile 1 (LSOA E01006109)"); for {@code plus:local} only
 *                 {@value #LOCAL_EVIDENCE}
 */
public record Cohort(String id, List<String> evidence) {

    public static final String CORE20 = "core20";
    public static final String PLUS_PREFIX = "plus:";
    public static final String AREA_PREFIX = "area:";
    /** One entry for any number of sensitive groups: neither their names nor their codes are shown. */
    public static final String LOCAL = PLUS_PREFIX + "local";
    public static final String LOCAL_EVIDENCE = "prioritised (local programme): locally configured code";
    /** The pseudo-postcode ZZ99 3VZ: a prompt to check housing status, never the homeless group. */
    public static final String NO_FIXED_ABODE = "no-fixed-abode";

    public Cohort {
        evidence = List.copyOf(evidence);
    }

    static Cohort plus(PlusGroup group, List<String> evidence) {
        return new Cohort(PLUS_PREFIX + group.id(), evidence);
    }
}
