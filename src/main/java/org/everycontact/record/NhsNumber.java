package org.everycontact.record;

/**
 * An NHS number as recorded, with its Modulus 11 check (clinical-spec §3.1). The value never
 * leaves the service in logs or cards; only {@link #valid()} is reported.
 */
public record NhsNumber(String value, boolean valid) {

    private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};

    public static NhsNumber of(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        return new NhsNumber(digits, isValid(digits));
    }

    static boolean isValid(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - (sum % 11);
        if (check == 10) {
            return false;
        }
        int expected = check == 11 ? 0 : check;
        return expected == digits.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return "NhsNumber[valid=" + valid + "]";
    }
}
