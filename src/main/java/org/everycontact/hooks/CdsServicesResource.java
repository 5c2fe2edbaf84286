package org.everycontact.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.everycontact.equity.FeedbackOutcome;
import org.everycontact.equity.FeedbackStore;

/** The CDS Hooks 2.0 endpoints: discovery, service calls and feedback. */
@Path("/cds-services")
@Produces(MediaType.APPLICATION_JSON)
public class CdsServicesResource {

    private final ServiceCatalog catalog;
    private final AsOfClock clock;
    private final HookRequestParser parser;
    private final HookHandler handler;
    private final FeedbackStore feedback;
    private final BodyLimit bodyLimit;
    private final FhirServerAccess fhirServers;
    private final ClientLimits limits;
    private final ObjectMapper json;

    public CdsServicesResource(ServiceCatalog catalog, AsOfClock clock, HookRequestParser parser,
                               HookHandler handler, FeedbackStore feedback, BodyLimit bodyLimit,
                               FhirServerAccess fhirServers, ClientLimits limits, ObjectMapper json) {
        this.catalog = catalog;
        this.clock = clock;
        this.parser = parser;
        this.handler = handler;
        this.feedback = feedback;
        this.bodyLimit = bodyLimit;
        this.fhirServers = fhirServers;
        this.limits = limits;
        this.json = json;
    }

    @GET
    @Operation(summary = "CDS Hooks discovery: the services offered, their hooks and prefetch templates")
    public Discovery discovery() {
        limits.admit();
        return new Discovery(catalog.descriptors(clock.today()));
    }

    @POST
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, OperationOutcomes.FHIR_JSON})
    @Operation(summary = "Call a service: returns {\"cards\": [...]}")
    public CdsResponse call(@PathParam("id") String serviceId, InputStream body) {
        limits.admit();
        requireService(serviceId);
        HookRequest request = parser.parse(serviceId, readJson(body), catalog);
        RequestIds.hookInstance(request.hookInstance());
        fhirServers.check(request.fhirServer());
        return limits.withinBulkhead(() -> handler.handle(serviceId, request));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes({MediaType.APPLICATION_JSON, OperationOutcomes.FHIR_JSON})
    @Operation(summary = "Feedback on cards: accepted or overridden, stored idempotently")
    public Map<String, Integer> feedback(@PathParam("id") String serviceId, InputStream body) {
        limits.admit();
        requireService(serviceId);
        List<FeedbackOutcome> outcomes = FeedbackParser.parse(readJson(body));
        FeedbackStore.Stored stored = feedback.store(serviceId, outcomes);
        return Map.of("stored", stored.created(), "alreadyStored", stored.duplicates());
    }

    private void requireService(String serviceId) {
        if (!catalog.exists(serviceId)) {
            throw new CdsException(404, "not-found", "Unknown CDS service '" + serviceId + "'");
        }
    }

    private JsonNode readJson(InputStream body) {
        byte[] bytes = bodyLimit.read(body);
        if (bytes.length == 0) {
            throw CdsException.invalid("The request body is empty", null);
        }
        try {
            JsonNode node = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw CdsException.invalid("The request body is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw CdsException.invalid("The request body is not well-formed JSON", null);
        } catch (IOException e) {
            throw new CdsException(400, "invalid", "The request body could not be read");
        }
    }
}
