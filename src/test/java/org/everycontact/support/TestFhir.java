package org.everycontact.support;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;

/** The service's {@link FhirSupport} for plain JUnit tests: built without Quarkus, on FetchConfig's defaults. */
public final class TestFhir {

    /** One per test JVM: a FhirContext is costly to build. */
    public static final FhirSupport SUPPORT = new FhirSupport(new SmallRyeConfigBuilder()
            .withConverter(Duration.class, 100, new DurationConverter())
            .withConverter(MemorySize.class, 100, new MemorySizeConverter())
            .withMapping(FetchConfig.class).build().getConfigMapping(FetchConfig.class));

    private TestFhir() {
    }
}
