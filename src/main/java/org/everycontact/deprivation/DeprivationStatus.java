package org.everycontact.deprivation;

import java.util.Locale;

/**
 * The outcome of placing a postcode (clinical-spec §3.3 step 5). Only FOUND and TERMINATED carry
 * an English decile and can set Core20.
 */
public enum DeprivationStatus {
    FOUND,
    TERMINATED,
    /** Postcode known but with no small area, or with one the configured edition does not rank. */
    NO_LSOA,
    UNKNOWN,
    INVALID,
    PSEUDO,
    OUT_OF_SCOPE_NATION,
    NO_ADDRESS,
    /** The reference index is not loaded yet (readiness is DOWN meanwhile). */
    UNAVAILABLE;

    /** The wire form: {@code out-of-scope-nation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
