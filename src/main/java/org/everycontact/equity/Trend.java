package org.everycontact.equity;

import java.util.List;

/**
 * Acceptance over the period, Core20 against the rest.
 *
 * @param interval {@code week} (ISO weeks, for periods up to everycontact.equity.report.weekly-trend-max-days)
 *                 or {@code month} (calendar months)
 */
public record Trend(String interval, List<TrendPoint> points) {
}
