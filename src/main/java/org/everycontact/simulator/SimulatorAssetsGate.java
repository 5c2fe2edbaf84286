package org.everycontact.simulator;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.everycontact.hooks.OperationOutcomes;

/**
 * With the simulator off, its static script and style (META-INF/resources/simulator-assets) answer 404
 * too, before the static file handler sees the request.
 */
@Singleton
public class SimulatorAssetsGate {

    static final String ASSETS = "/simulator-assets/*";

    private final SimulatorConfig config;
    private final OperationOutcomes outcomes;

    public SimulatorAssetsGate(SimulatorConfig config, OperationOutcomes outcomes) {
        this.config = config;
        this.outcomes = outcomes;
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            return;
        }
        router.route(ASSETS).order(-90).handler(ctx -> ctx.response().setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, OperationOutcomes.FHIR_JSON)
                .end(outcomes.json("not-found", "Not found", List.of())));
    }
}
