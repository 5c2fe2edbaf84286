package org.everycontact.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The EHR simulator page and its endpoints (README "EHR simulator"): for dev and demo deployments. */
@ConfigMapping(prefix = "everycontact.simulator")
public interface SimulatorConfig {

    /** Off in production: then {@code /} and {@code /simulator/*} answer 404. */
    @WithDefault("false")
    boolean enabled();
}
