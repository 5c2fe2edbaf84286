package org.everycontact.deprivation;

import java.util.regex.Pattern;

/**
 * Packs a valid postcode into a {@code long} for in-memory indexes, without allocating. The key
 * holds the 7 characters of the ONSPD pcd form as base-37 digits (space 0, digits 1–10, letters
 * 11–36), so keys of distinct postcodes differ and sort as their pcd forms do. The format rules are
 * those of {@link Postcode#parse}: the character classes here are derived from the ones its regex
 * is built from.
 */
public final class PostcodeKey {

    /** What {@link #of} returns for anything that is not a valid postcode, pseudo-postcodes included. */
    public static final long NO_KEY = -1L;

    private static final String SYMBOLS = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int RADIX = SYMBOLS.length();
    private static final int PCD_WIDTH = 7;
    private static final int OUTWARD_WIDTH = 4;
    private static final int INWARD_LENGTH = 3;
    private static final int MIN_LENGTH = 5;

    private static final long DIGITS = symbolSet("0-9");
    private static final long FIRST = symbolSet(Postcode.FIRST_LETTERS);
    private static final long SECOND = symbolSet(Postcode.SECOND_LETTERS);
    private static final long THIRD_AFTER_DIGIT = symbolSet(Postcode.THIRD_AFTER_DIGIT);
    private static final long FOURTH = symbolSet(Postcode.FOURTH);
    private static final long INWARD_LETTERS = symbolSet(Postcode.INWARD_LETTERS);
    private static final long GIRO = pcdKey(Postcode.GIRO);

    private PostcodeKey() {
    }

    /**
     * The key of a postcode, normalised as {@link Postcode#parse} does (ASCII case, any whitespace),
     * or {@link #NO_KEY} if it is absent, invalid or a pseudo-postcode.
     */
    public static long of(CharSequence raw) {
        if (raw == null) {
            return NO_KEY;
        }
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (!Postcode.isSeparator(raw.charAt(i)) && ++length > PCD_WIDTH) {
                return NO_KEY;
            }
        }
        if (length < MIN_LENGTH) {
            return NO_KEY;
        }
        int outwardLength = length - INWARD_LENGTH;
        long key = 0;
        boolean valid = true;
        boolean digitSecond = false;
        for (int i = 0, position = 0; position < length; i++) {
            char c = raw.charAt(i);
            if (Postcode.isSeparator(c)) {
                continue;
            }
            int symbol = symbol(Postcode.fold(c));
            if (symbol < 0) {
                return NO_KEY;
            }
            if (position == 1) {
                digitSecond = isIn(DIGITS, symbol);
            }
            valid &= isIn(allowed(position, outwardLength, digitSecond), symbol);
            if (position == outwardLength) {
                for (int pad = outwardLength; pad < OUTWARD_WIDTH; pad++) {
                    key *= RADIX;
                }
            }
            key = key * RADIX + symbol;
            position++;
        }
        return valid || key == GIRO ? key : NO_KEY;
    }

    /** The pcds form ("SW1A 2AA") of a key that {@link #of} returned. */
    public static String format(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("not a postcode key: " + key);
        }
        char[] text = new char[PCD_WIDTH + 1];
        long rest = key;
        for (int i = PCD_WIDTH - 1; i >= 0; i--) {
            text[i] = SYMBOLS.charAt((int) (rest % RADIX));
            rest /= RADIX;
        }
        int outward = OUTWARD_WIDTH;
        while (outward > 0 && text[outward - 1] == ' ') {
            outward--;
        }
        System.arraycopy(text, OUTWARD_WIDTH, text, outward + 1, INWARD_LENGTH);
        text[outward] = ' ';
        String formatted = new String(text, 0, outward + 1 + INWARD_LENGTH);
        if (of(formatted) != key) {
            throw new IllegalArgumentException("not a postcode key: " + key);
        }
        return formatted;
    }

    /** The symbols allowed at a position of the compacted postcode (no space). */
    private static long allowed(int position, int outwardLength, boolean digitSecond) {
        if (position >= outwardLength) {
            return position == outwardLength ? DIGITS : INWARD_LETTERS;
        }
        return switch (position) {
            case 0 -> FIRST;
            case 1 -> switch (outwardLength) {
                case 2 -> DIGITS;
                case 3 -> DIGITS | SECOND;
                default -> SECOND;
            };
            case 2 -> digitSecond ? THIRD_AFTER_DIGIT : DIGITS;
            default -> FOURTH;
        };
    }

    private static int symbol(char c) {
        if (c == ' ') {
            return 0;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        return -1;
    }

    private static boolean isIn(long set, int symbol) {
        return (set & 1L << symbol) != 0;
    }

    private static long symbolSet(String regexClass) {
        Pattern pattern = Pattern.compile("[" + regexClass + "]");
        long set = 0;
        for (char c : SYMBOLS.toCharArray()) {
            if (pattern.matcher(String.valueOf(c)).matches()) {
                set |= 1L << symbol(c);
            }
        }
        return set;
    }

    private static long pcdKey(String pcd) {
        long key = 0;
        for (int i = 0; i < pcd.length(); i++) {
            key = key * RADIX + symbol(pcd.charAt(i));
        }
        return key;
    }
}
