package org.everycontact.deprivation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A UK postcode that passes the Royal Mail format rules of clinical-spec §3.2: outward code
 * (area and district, as "SW1A") and inward code (sector and unit, as "2AA").
 */
public record Postcode(String outward, String inward) {

    /** Letters allowed first in the outward code. */
    static final String FIRST_LETTERS = "A-PR-UWYZ";
    /** Letters allowed second in an outward code that starts with two letters. */
    static final String SECOND_LETTERS = "A-HK-Y";
    /** Characters allowed third in an outward code that starts letter, digit (ANN, ANA). */
    static final String THIRD_AFTER_DIGIT = "0-9A-HJKSTUW";
    /** Characters allowed fourth in an outward code (AANN, AANA). */
    static final String FOURTH = "0-9ABEHMNPRVWXY";
    /** Letters allowed in the inward code. */
    static final String INWARD_LETTERS = "ABD-HJLNP-UW-Z";

    /** The spec's reference regex, assembled from the character classes above. */
    static final Pattern FORMAT = Pattern.compile("^([" + FIRST_LETTERS + "][0-9][" + THIRD_AFTER_DIGIT + "]?|["
            + FIRST_LETTERS + "][" + SECOND_LETTERS + "][0-9][" + FOURTH + "]?) [0-9][" + INWARD_LETTERS + "]{2}$");

    /** The one postcode valid outside the format rules. */
    static final String GIRO = "GIR 0AA";

    private static final int INWARD_LENGTH = 3;
    private static final int PCD_OUTWARD_WIDTH = 4;

    public Postcode {
        Objects.requireNonNull(outward, "outward");
        Objects.requireNonNull(inward, "inward");
        if (!isValid(outward + ' ' + inward)) {
            throw new IllegalArgumentException("not a valid UK postcode");
        }
    }

    /**
     * Reads a recorded postcode: upper-cases ASCII letters, removes all whitespace, puts one space
     * before the last three characters, recognises NHS pseudo-postcodes, then validates. Accepts
     * the ONSPD pcd, pcd2 and pcds forms.
     */
    public static PostcodeInput parse(String raw) {
        if (raw == null) {
            return PostcodeInput.absent();
        }
        StringBuilder compact = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSeparator(c)) {
                compact.append(fold(c));
            }
        }
        if (compact.isEmpty()) {
            return PostcodeInput.absent();
        }
        if (compact.length() <= INWARD_LENGTH) {
            return PostcodeInput.invalid();
        }
        String text = compact.insert(compact.length() - INWARD_LENGTH, ' ').toString();
        var pseudo = PseudoPostcode.match(text);
        if (pseudo.isPresent()) {
            return PostcodeInput.pseudo(pseudo.get(), text);
        }
        if (!isValid(text)) {
            return PostcodeInput.invalid();
        }
        int space = text.length() - INWARD_LENGTH - 1;
        return PostcodeInput.valid(new Postcode(text.substring(0, space), text.substring(space + 1)));
    }

    /** The pcds form, as "SW1A 2AA" or "M9 4WW". */
    public String formatted() {
        return outward + ' ' + inward;
    }

    /** The 7-character ONSPD pcd form: outward left-justified to 4, then inward ("M9  4WW", "SW1A2AA"). */
    public String pcd7() {
        return outward + " ".repeat(PCD_OUTWARD_WIDTH - outward.length()) + inward;
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** Whitespace that normalisation removes, including no-break and other Unicode spaces. */
    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Upper-cases ASCII letters only, so that no other script's letter can turn into a valid postcode. */
    static char fold(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static boolean isValid(String normalised) {
        return FORMAT.matcher(normalised).matches() || GIRO.equals(normalised);
    }
}
