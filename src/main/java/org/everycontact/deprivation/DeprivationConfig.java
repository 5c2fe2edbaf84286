package org.everycontact.deprivation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Deprivation parameters of clinical-spec §6.9: the IMD edition (U) and the Core20 deciles. */
@ConfigMapping(prefix = "everycontact.deprivation")
public interface DeprivationConfig {

    /** IMD2025 (default) or IMD2019; which one NHS England uses for Core20 in 2026/27 is unverified (U). */
    @WithDefault("IMD2025")
    IndexEdition imdEdition();

    /** {@code core20.deciles}: the deciles that make up the most deprived 20%. */
    @WithDefault("1,2")
    Set<Integer> core20Deciles();

    /** Load the reference files shipped in the application into an empty database at start-up. */
    @WithDefault("true")
    boolean loadShippedData();

    /** Hold start-up until the index is built (tests, the import command); else load in the background. */
    @WithDefault("false")
    boolean blockStartup();
}
