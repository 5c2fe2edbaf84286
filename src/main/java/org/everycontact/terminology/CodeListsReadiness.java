package org.everycontact.terminology;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the rules' ValueSets are loaded from fhir-profiles. */
@Readiness
@Singleton
public class CodeListsReadiness implements HealthCheck {

    private final ValueSetLibrary valueSets;

    public CodeListsReadiness(ValueSetLibrary valueSets) {
        this.valueSets = valueSets;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("clinical code lists")
                .status(valueSets.size() == ValueSetId.values().length)
                .withData("valueSets", valueSets.size())
                .build();
    }
}
