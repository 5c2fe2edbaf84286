package org.everycontact.equity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Period;

/**
 * How long the equity records (hook calls, issued cards, feedback) are kept. The period is a local
 * data-protection (DPIA) decision, not the clinical spec's.
 */
@ConfigMapping(prefix = "everycontact.equity.retention")
public interface RetentionParameters {

    /** Records older than this (ISO-8601, e.g. {@code P2Y}) are purged. */
    @WithParentName
    @WithDefault("P2Y")
    Period period();

    /**
     * When the purge runs (Quartz cron: second minute hour day month weekday); {@link RecordRetention}'s
     * {@code @Scheduled} reads it by name.
     */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /** Rows of one table deleted per transaction, so a purge never holds long locks. */
    @WithDefault("1000")
    int batchSize();
}
