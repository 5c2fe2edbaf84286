package org.everycontact.cohorts;

/** The derived ethnic groups of clinical-spec §3.4, used only where guidance uses ethnicity. */
public enum EthnicGroup {
    WHITE,
    MIXED,
    ASIAN,
    BLACK,
    OTHER,
    /** Not stated (Z), not known (99), missing, or a code EveryContact does not recognise: never guessed. */
    UNKNOWN
}
