package org.everycontact.equity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The equity report's period limits and its statistical disclosure control. */
@ConfigMapping(prefix = "everycontact.equity.report")
public interface ReportParameters {

    /** Counts from 1 to this minus one are suppressed (zero is shown). */
    @WithDefault("5")
    int suppressionThreshold();

    /** The period, in days up to today inclusive, when none is asked for. */
    @WithDefault("90")
    int defaultPeriodDays();

    /** The longest period, in days inclusive, a report may cover (a longer one is the caller's 400). */
    @WithDefault("731")
    int maxPeriodDays();

    /** Periods up to this many days trend by ISO week; longer ones by calendar month. */
    @WithDefault("91")
    int weeklyTrendMaxDays();
}
