package org.everycontact.opportunities;

/** The ranking tiers of clinical-spec §7 C7, highest first. */
public enum Tier {
    /** R-HTN-02 only. */
    SAFETY,
    /** Core20PLUS5 clinical areas: SMI, hypertension and lipids, respiratory vaccines, screening, maternity, CYP. */
    CLINICAL_AREA,
    /** Vaccines outside the respiratory bundle. */
    OTHER_VACCINE,
    /** MECC lifestyle prompts. */
    LIFESTYLE,
    /** Notes about the record's data quality. */
    DATA_QUALITY
}
