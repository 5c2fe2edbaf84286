package org.everycontact.deprivation;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the deprivation index is loaded; then how many postcodes and areas it holds. */
@Readiness
@Singleton
public class DeprivationReadiness implements HealthCheck {

    private final DeprivationService service;

    public DeprivationReadiness(DeprivationService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("deprivation index")
                .withData("imdEdition", service.edition().name());
        DeprivationIndex index = service.index();
        if (index == null) {
            return response.down().build();
        }
        return response.status(index.has(service.edition()))
                .withData("postcodes", index.postcodes())
                .withData("areas", index.areas())
                .build();
    }
}
