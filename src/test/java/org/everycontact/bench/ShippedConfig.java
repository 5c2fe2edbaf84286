package org.everycontact.bench;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.everycontact.cards.CardLimits;
import org.everycontact.cards.ServiceDirectoryParameters;
import org.everycontact.cards.SnoozeParameters;
import org.everycontact.cohorts.CohortParameters;
import org.everycontact.hooks.PrefetchConfig;
import org.everycontact.opportunities.CardiovascularParameters;
import org.everycontact.opportunities.ChildrenParameters;
import org.everycontact.opportunities.ClinicalParameters;
import org.everycontact.opportunities.LifestyleParameters;
import org.everycontact.opportunities.MaternityParameters;
import org.everycontact.opportunities.ScreeningParameters;
import org.everycontact.opportunities.VaccineParameters;
import org.everycontact.record.FetchConfig;

/**
 * The shipped application.properties (campaigns included) through SmallRye Config, without Quarkus,
 * with the mappings the benchmarks build the product's parts from (a mapping of every prefix
 * the file uses below those, as SmallRye Config requires).
 */
final class ShippedConfig {

    private ShippedConfig() {
    }

    static SmallRyeConfig load() {
        try {
            return new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(
                            ShippedConfig.class.getClassLoader().getResource("application.properties"), 250))
                    .withConverter(Duration.class, 100, new DurationConverter())
                    .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                    .withMapping(FetchConfig.class)
                    .withMapping(PrefetchConfig.class)
                    .withMapping(ClinicalParameters.class)
                    .withMapping(CardiovascularParameters.class)
                    .withMapping(LifestyleParameters.class)
                    .withMapping(VaccineParameters.class)
                    .withMapping(ScreeningParameters.class)
                    .withMapping(MaternityParameters.class)
                    .withMapping(ChildrenParameters.class)
                    .withMapping(CohortParameters.class)
                    .withMapping(CardLimits.class)
                    .withMapping(ServiceDirectoryParameters.class)
                    .withMapping(SnoozeParameters.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
