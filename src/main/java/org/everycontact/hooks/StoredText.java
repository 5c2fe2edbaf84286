package org.everycontact.hooks;

/**
 * Text a caller sends that EveryContact stores (card ids, suggestion ids, codes, hookInstance): control
 * characters are the caller's 400, never a database fault (PostgreSQL refuses NUL in text; FHIR
 * strings exclude control characters).
 */
final class StoredText {

    private StoredText() {
    }

    static String check(String value, String expression) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw CdsException.invalid(expression + " must not contain control characters", expression);
            }
        }
        return value;
    }
}
