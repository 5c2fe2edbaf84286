package org.everycontact.record;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on fetching what prefetch did not supply from the client's FHIR server. */
@ConfigMapping(prefix = "everycontact.fetch")
public interface FetchConfig {

    /** One deadline for all of a call's fetches together, run in parallel. */
    @WithDefault("2s")
    Duration deadline();

    /** Pages followed per query (next links), whether from prefetch or a fetch. */
    @WithDefault("20")
    int maxPages();

    /** Threads fetching in parallel across all calls (a call runs up to eight queries at once). */
    @WithDefault("64")
    int threads();

    @WithDefault("64")
    int maxConnections();

    /**
     * The largest response body read from the FHIR server; a larger one is refused and its resource
     * type marked partial or unavailable.
     */
    @WithDefault("5M")
    MemorySize maxResponseSize();
}
