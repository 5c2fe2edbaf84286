package org.everycontact.deprivation;

import java.util.Optional;

/**
 * NHS pseudo-postcodes (clinical-spec §3.2 item 4). They deliberately fail the Royal Mail rules,
 * so they are recognised before validation and never looked up for deprivation.
 */
public enum PseudoPostcode {
    NO_FIXED_ABODE("ZZ99 3VZ"),
    ADDRESS_NOT_KNOWN("ZZ99 3WZ"),
    /** England, or the UK, not otherwise stated. */
    ENGLAND_NOT_STATED("ZZ99 3CZ"),
    WALES_NOT_STATED("ZZ99 3GZ"),
    SCOTLAND_NOT_STATED("ZZ99 1WZ"),
    NORTHERN_IRELAND_NOT_STATED("ZZ99 2WZ"),
    /** Any other {@code ZZ99 nXZ} pseudo-postcode: the country of usual residence is overseas. */
    OVERSEAS(null);

    private final String code;

    PseudoPostcode(String code) {
        this.code = code;
    }

    /**
     * Whether the record says no fixed abode. It is passed on only as a prompt to check and code
     * housing status, never as a "homeless" label.
     */
    public boolean meansNoFixedAbode() {
        return this == NO_FIXED_ABODE;
    }

    /** The pseudo-postcode that normalised postcode text (as "ZZ99 3VZ") is, if it is one. */
    static Optional<PseudoPostcode> match(String normalised) {
        if (!isPseudoPattern(normalised)) {
            return Optional.empty();
        }
        for (PseudoPostcode pseudo : values()) {
            if (normalised.equals(pseudo.code)) {
                return Optional.of(pseudo);
            }
        }
        return Optional.of(OVERSEAS);
    }

    private static boolean isPseudoPattern(String text) {
        return text.length() == 8
                && text.startsWith("ZZ99 ")
                && text.charAt(5) >= '0' && text.charAt(5) <= '9'
                && text.charAt(6) >= 'A' && text.charAt(6) <= 'Z'
                && text.charAt(7) == 'Z';
    }
}
