package org.everycontact.deprivation;

import java.util.Objects;

/**
 * What a recorded postcode turned out to be.
 *
 * @param kind which of the four cases it is
 * @param postcode the postcode, for {@link Kind#VALID} only, else null
 * @param pseudo the pseudo-postcode, for {@link Kind#PSEUDO} only, else null
 * @param normalised the upper-case text with one space before the inward code, for
 *     {@link Kind#VALID} and {@link Kind#PSEUDO} only, else null
 */
public record PostcodeInput(Kind kind, Postcode postcode, PseudoPostcode pseudo, String normalised) {

    public enum Kind {
        /** Null, empty or only whitespace. */
        ABSENT,
        VALID,
        PSEUDO,
        /** Present but neither a valid postcode nor a pseudo-postcode. */
        INVALID
    }

    private static final PostcodeInput ABSENT = new PostcodeInput(Kind.ABSENT, null, null, null);
    private static final PostcodeInput INVALID = new PostcodeInput(Kind.INVALID, null, null, null);

    public PostcodeInput {
        Objects.requireNonNull(kind, "kind");
        if ((postcode != null) != (kind == Kind.VALID)
                || (pseudo != null) != (kind == Kind.PSEUDO)
                || (normalised != null) != (kind == Kind.VALID || kind == Kind.PSEUDO)
                || (postcode != null && !postcode.formatted().equals(normalised))
                || (pseudo != null && PseudoPostcode.match(normalised).orElse(null) != pseudo)) {
            throw new IllegalArgumentException("inconsistent postcode input of kind " + kind);
        }
    }

    public static PostcodeInput absent() {
        return ABSENT;
    }

    public static PostcodeInput invalid() {
        return INVALID;
    }

    public static PostcodeInput valid(Postcode postcode) {
        return new PostcodeInput(Kind.VALID, postcode, null, postcode.formatted());
    }

    public static PostcodeInput pseudo(PseudoPostcode pseudo, String normalised) {
        return new PostcodeInput(Kind.PSEUDO, null, pseudo, normalised);
    }
}
