package org.everycontact.equity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operational limits of the equity part's writes. */
@ConfigMapping(prefix = "everycontact.equity")
public interface EquityParameters {

    /** Writes waiting for the database beyond which new ones are dropped (and logged), so a slow database cannot exhaust memory. */
    @WithDefault("10000")
    int writeQueueCapacity();
}
