package org.everycontact.equity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Operational limits of the equity part's writes, and the practice its records are filed under. */
@ConfigMapping(prefix = "everycontact.equity")
public interface EquityParameters {

    /** Writes waiting for the database beyond which new ones are dropped (and logged), so a slow database cannot exhaust memory. */
    @WithDefault("10000")
    int writeQueueCapacity();

    /**
     * The practice (for example its ODS code) a hook call is recorded under when the calling client's
     * token carries no tenant; absent, such calls have no practice.
     */
    Optional<String> practice();
}
