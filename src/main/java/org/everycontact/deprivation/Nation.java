package org.everycontact.deprivation;

/** The nation of a small area, read from its code's prefix, never from the postcode area. */
public enum Nation {
    ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND, CHANNEL_ISLANDS, ISLE_OF_MAN, UNKNOWN;

    /**
     * The nation of an ONS area code, upper case as ONS publishes it: E, W, S, N by their GSS
     * prefix, NI super output areas ("95AA01S1") by "95", and the Channel Islands and Isle of Man
     * by L and M (their pseudo-codes L99999999 and M99999999 included). Anything else is UNKNOWN.
     */
    public static Nation ofAreaCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String trimmed = code.strip();
        if (trimmed.startsWith("95")) {
            return NORTHERN_IRELAND;
        }
        if (trimmed.isEmpty()) {
            return UNKNOWN;
        }
        return switch (trimmed.charAt(0)) {
            case 'E' -> ENGLAND;
            case 'W' -> WALES;
            case 'S' -> SCOTLAND;
            case 'N' -> NORTHERN_IRELAND;
            case 'L' -> CHANNEL_ISLANDS;
            case 'M' -> ISLE_OF_MAN;
            default -> UNKNOWN;
        };
    }
}
