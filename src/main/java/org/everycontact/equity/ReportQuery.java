package org.everycontact.equity;

import java.time.LocalDate;

/**
 * What an equity report covers: calls whose as-of date is from {@code from} to {@code to} inclusive.
 *
 * @param practice the practice whose calls count, or null for all practices
 */
public record ReportQuery(LocalDate from, LocalDate to, String practice) {
}
