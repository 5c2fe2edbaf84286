package org.everycontact.cohorts;

import java.util.Locale;
import org.everycontact.terminology.ValueSetId;

/**
 * The PLUS groups EveryContact can detect from recorded facts (clinical-spec §3.5). Groups without a
 * verified national code list (vulnerable migrants, sex workers, justice contact, ...) are not here.
 */
public enum PlusGroup {
    LEARNING_DISABILITY(ValueSetId.LEARNING_DISABILITY),
    AUTISM(ValueSetId.AUTISM),
    HOMELESS(ValueSetId.HOMELESS),
    CARER(ValueSetId.CARER),
    CARE_HOME(ValueSetId.CARE_HOME),
    /** Recorded ethnicity: the retired UK Core codes CL/CM/CN, or the SNOMED 2011-census concept. */
    GYPSY_ROMA_TRAVELLER(ValueSetId.GYPSY_ROMA_TRAVELLER_ETHNICITY),
    /** An ethnic group recorded and neither white nor unknown. */
    ETHNIC_MINORITY(null);

    private final ValueSetId codes;

    PlusGroup(ValueSetId codes) {
        this.codes = codes;
    }

    /** The kebab-case name, as in configuration; the cohort id is {@code plus:<id>}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The codes that place a patient in the group when recorded, or null for ethnic minority. */
    ValueSetId codes() {
        return codes;
    }
}
