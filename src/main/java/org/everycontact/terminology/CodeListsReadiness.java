package org.everycontact.terminology;

import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the rules' ValueSets are loaded. Reports their release tags: the release most carry, each
 * list at another release, and the lists read from {@code everycontact.code-lists.directory}.
 */
@Readiness
@Singleton
public class CodeListsReadiness implements HealthCheck {

    private final ValueSetLibrary valueSets;

    public CodeListsReadiness(ValueSetLibrary valueSets) {
        this.valueSets = valueSets;
    }

    @Override
    public HealthCheckResponse call() {
        CodeListReleases releases = valueSets.releases();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("clinical code lists")
                .status(valueSets.size() == ValueSetId.values().length)
                .withData("valueSets", valueSets.size())
                .withData("release", releases.release());
        if (!releases.others().isEmpty()) {
            response.withData("otherReleases", releases.others().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (!valueSets.replaced().isEmpty()) {
            response.withData("fromDirectory", valueSets.replaced().stream().map(ValueSetId::id)
                    .sorted().collect(Collectors.joining(", ")));
        }
        return response.build();
    }
}
