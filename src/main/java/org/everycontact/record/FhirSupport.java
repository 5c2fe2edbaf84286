package org.everycontact.record;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The one FhirContext of the service. Building a context and scanning each resource type is
 * expensive, so it is created once and every type EveryContact parses is warmed at start-up.
 */
@Singleton
@Startup
public class FhirSupport {

    private final FhirContext context;

    public FhirSupport(FetchConfig fetchConfig) {
        context = FhirContext.forR4();
        context.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false));
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        int timeoutMillis = (int) fetchConfig.deadline().toMillis();
        context.getRestfulClientFactory().setConnectTimeout(timeoutMillis);
        context.getRestfulClientFactory().setSocketTimeout(timeoutMillis);
        context.getRestfulClientFactory().setConnectionRequestTimeout(timeoutMillis);
        context.getRestfulClientFactory().setPoolMaxTotal(fetchConfig.maxConnections());
        context.getRestfulClientFactory().setPoolMaxPerRoute(fetchConfig.maxConnections());
        for (ResourceKind kind : ResourceKind.values()) {
            context.getResourceDefinition(kind.fhirType());
        }
        context.getResourceDefinition(Bundle.class);
        context.getResourceDefinition(OperationOutcome.class);
    }

    public FhirContext context() {
        return context;
    }

    /** A new JSON parser: parsers are cheap and not thread-safe, the context behind them is shared. */
    public IParser jsonParser() {
        return context.newJsonParser();
    }
}
