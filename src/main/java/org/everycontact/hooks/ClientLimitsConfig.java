package org.everycontact.hooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client limits, so that one CDS client that floods or stalls cannot starve the others. Each
 * authenticated client has its own allowance; with authentication off all callers share one.
 */
@ConfigMapping(prefix = "everycontact.limits")
public interface ClientLimitsConfig {

    /** Requests a second a client may sustain: discovery, service calls and feedback together. */
    @WithDefault("50")
    double requestsPerSecond();

    /** Requests a client may send at once beyond the sustained rate (the bucket's size). */
    @WithDefault("100")
    int burst();

    /** Service calls a client may have in progress at once (its bulkhead). */
    @WithDefault("16")
    int concurrentCalls();
}
