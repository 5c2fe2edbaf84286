package org.everycontact.equity;

import java.time.LocalDate;
import java.util.List;

/**
 * One week or month of the trend, clipped to the report's period. Counts are null when suppressed, rates
 * when suppressed or without prompts; {@code suppressed} names the suppressed values.
 *
 * @param period {@code 2026-W47} or {@code 2026-11}
 * @param start its first day within the period
 */
public record TrendPoint(
        String period,
        LocalDate start,
        Long core20Shown,
        Long core20Accepted,
        Double core20AcceptanceRate,
        Long restShown,
        Long restAccepted,
        Double restAcceptanceRate,
        List<String> suppressed) {
}
