package org.everycontact.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.everycontact.hooks.CdsException;
import org.everycontact.hooks.Hook;

/**
 * The EHR simulator (README "EHR simulator"): its page at {@code /}, whose script and style are
 * static files under {@code /simulator-assets}, and the example patients it offers. Everything answers
 * 404 unless {@code everycontact.simulator.enabled}.
 */
@Path("/")
public class SimulatorResource {

    /** The page's own script and style only; it calls nothing but this service. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " connect-src 'self'; img-src 'self' data: https:; form-action 'none'; base-uri 'none';"
            + " frame-ancestors 'none'";
    private static final String PAGE = "simulator/page.html";

    private final SimulatorConfig config;
    private final ExampleCatalog examples;
    private final ExampleRequests requests;
    private final String page;

    public SimulatorResource(SimulatorConfig config, ExampleCatalog examples, ExampleRequests requests) {
        this.config = config;
        this.examples = examples;
        this.requests = requests;
        this.page = pageHtml();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The EHR simulator page (dev and demo deployments)")
    public Response page() {
        requireEnabled();
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("simulator/examples")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The example patients the simulator offers")
    public List<ExampleSummary> examples() {
        requireEnabled();
        return examples.summaries();
    }

    @GET
    @Path("simulator/examples/{id}/request")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The CDS Hooks request (prefetch mode) for an example patient and a hook")
    public ObjectNode request(@PathParam("id") String id, @QueryParam("hook") String hookName) {
        requireEnabled();
        if (hookName == null || hookName.isBlank()) {
            throw CdsException.invalid("hook is required", "hook");
        }
        Hook hook = Hook.of(hookName).orElseThrow(() -> CdsException.invalid("hook must be one of "
                + String.join(", ", Arrays.stream(Hook.values()).map(Hook::wireName).toList()), "hook"));
        return requests.request(id, hook)
                .orElseThrow(() -> new CdsException(404, "not-found", "No example patient of that id"));
    }

    private void requireEnabled() {
        if (!config.enabled()) {
            throw new CdsException(404, "not-found", "Not found");
        }
    }

    private static String pageHtml() {
        try (InputStream page = SimulatorResource.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (page == null) {
                throw new IllegalStateException(PAGE + " is not on the class path");
            }
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
