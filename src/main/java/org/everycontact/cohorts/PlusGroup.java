package org.everycontact.cohorts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.everycontact.terminology.ValueSetId;

/**
 * The PLUS groups EveryContact can detect from recorded facts (clinical-spec §3.5), and how each is
 * detected. Which are active is chosen by the practice's ICB ({@link CohortParameters}).
 */
public enum PlusGroup {
    LEARNING_DISABILITY(Detection.NATIONAL_CODES, ValueSetId.LEARNING_DISABILITY),
    AUTISM(Detection.NATIONAL_CODES, ValueSetId.AUTISM),
    /** A recorded homelessness code; the pseudo-postcode ZZ99 3VZ alone is a prompt, never this group. */
    HOMELESS(Detection.NATIONAL_CODES, ValueSetId.HOMELESS),
    /** PRIMIS CARER, unless a NOTCARER code was recorded on the same day or later. */
    CARER(Detection.NATIONAL_CODES, ValueSetId.CARER),
    CARE_HOME(Detection.NATIONAL_CODES, ValueSetId.CARE_HOME),
    /** Recorded ethnicity: the retired UK Core codes CL/CM/CN, or the SNOMED 2011-census concept. */
    GYPSY_ROMA_TRAVELLER(Detection.NATIONAL_CODES, ValueSetId.GYPSY_ROMA_TRAVELLER_ETHNICITY),
    /** An ethnic group recorded and neither white nor unknown. */
    ETHNIC_MINORITY(Detection.ETHNICITY, null),
    /** No verified national code list (U): codes configured locally, default none. */
    VULNERABLE_MIGRANT(Detection.LOCAL_CODES, null),
    SEX_WORKER(Detection.LOCAL_CODES, null),
    JUSTICE_CONTACT(Detection.LOCAL_CODES, null),
    MODERN_SLAVERY(Detection.LOCAL_CODES, null),
    DRUG_DEPENDENCE(Detection.LOCAL_CODES, null),
    /** Area-level (U): the home LSOA, or its local authority district, in the ICS's configured list. */
    COASTAL_COMMUNITY(Detection.AREA, null);

    /** How membership is read from the record. */
    enum Detection { NATIONAL_CODES, ETHNICITY, LOCAL_CODES, AREA }

    private final Detection detection;
    private final ValueSetId codes;

    PlusGroup(Detection detection, ValueSetId codes) {
        this.detection = detection;
        this.codes = codes;
    }

    /** The kebab-case name, as in configuration; the cohort id is {@code plus:<id>} unless sensitive. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<PlusGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id().equals(id)).findFirst();
    }

    Detection detection() {
        return detection;
    }

    /** The national codes that place a patient in the group when recorded, or null. */
    ValueSetId codes() {
        return codes;
    }
}
