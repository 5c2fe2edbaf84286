package org.everycontact.equity;

/**
 * Overrides with one reason: a code of the override-reason CodeSystem, {@code other} (a code from
 * elsewhere) or {@code none} (no coded reason).
 *
 * @param count null when suppressed
 */
public record ReasonCount(String code, String display, Long count, boolean suppressed) {
}
