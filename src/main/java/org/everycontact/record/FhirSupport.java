package org.everycontact.record;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The one FhirContext of the service. Its parsers ignore unknown elements without logging them (a
 * log line could carry patient data) but refuse invalid coded values, which become a 400 naming the
 * prefetch key, or an unavailable resource type when fetched. A resource in a Bundle keeps the id it
 * carries (HAPI would otherwise replace it with its entry's fullUrl, losing {@code Medication/x} to a
 * {@code urn:uuid:}); the fullUrl is kept beside it ({@link Bundles#FULL_URL}).
 *
 * <p>Building a context and scanning each resource type is expensive, so it is created once and
 * every type EveryContact parses is warmed at start-up.
 */
@Singleton
@Startup
public class FhirSupport {

    private final FhirContext context;
    private final CloseableHttpClient httpClient;

    public FhirSupport(FetchConfig fetchConfig) {
        context = FhirContext.forR4();
        context.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(true));
        context.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        httpClient = httpClient(fetchConfig);
        context.getRestfulClientFactory().setHttpClient(httpClient);
        for (ResourceKind kind : ResourceKind.values()) {
            context.getResourceDefinition(kind.fhirType());
        }
        context.getResourceDefinition(Medication.class);
        context.getResourceDefinition(Bundle.class);
        context.getResourceDefinition(OperationOutcome.class);
        warmUp();
    }

    /**
     * The HTTP client of every fetch: it follows no redirect (a 3xx fails the fetch, so the access
     * token never reaches another host), retries nothing and keeps no cookies; it honours the JVM's
     * proxy properties, as HAPI's own client does. Each request's timeouts are then narrowed to its
     * call's deadline ({@link FetchBounds}).
     */
    private static CloseableHttpClient httpClient(FetchConfig config) {
        int timeoutMillis = (int) config.deadline().toMillis();
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(config.maxConnections());
        pool.setDefaultMaxPerRoute(config.maxConnections());
        return HttpClients.custom()
                .useSystemProperties()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(timeoutMillis)
                        .setSocketTimeout(timeoutMillis).setConnectionRequestTimeout(timeoutMillis)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        httpClient.close();
    }

    /** Loads the parser's and the REST client's classes now, so that the first hook call does not pay for it. */
    private void warmUp() {
        jsonParser().parseResource(Bundle.class, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":"
                + "[{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                + "\"effectiveDateTime\":\"2020-01-01\",\"valueQuantity\":{\"value\":120}}}]}");
        context.newRestfulGenericClient("http://localhost/fhir");
    }

    public FhirContext context() {
        return context;
    }

    /** A new JSON parser: parsers are cheap and not thread-safe, the context behind them is shared. */
    public IParser jsonParser() {
        return context.newJsonParser();
    }

    /**
     * Parses a resource from a JSON tree already read (a prefetch value): HAPI walks the tree itself,
     * so the value is not written out as text and read again.
     */
    public IBaseResource parseTree(ObjectNode json) {
        JacksonStructure tree = new JacksonStructure();
        tree.setNativeObject(json);
        return ((IJsonLikeParser) jsonParser()).parseResource(tree);
    }
}
