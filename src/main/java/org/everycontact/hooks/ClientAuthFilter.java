package org.everycontact.hooks;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates the CDS client on every discovery, service and feedback call when
 * {@code everycontact.auth.enabled}. A refusal is 401 with {@code WWW-Authenticate: Bearer} and the
 * same OperationOutcome whatever the reason (CDS Hooks best practice: no detail to the caller); the
 * reason goes to the log, without the token. CORS preflights (OPTIONS) carry no token and pass.
 * Other paths are left to their own security.
 */
public class ClientAuthFilter {

    private static final Logger LOG = Logger.getLogger(ClientAuthFilter.class);
    private static final String CDS_SERVICES = "/cds-services";

    private final boolean enabled;
    private final ClientTokenVerifier verifier;
    private final CallingClient calling;
    private final OperationOutcomes outcomes;

    public ClientAuthFilter(ClientAuthConfig config, ClientTokenVerifier verifier, CallingClient calling,
                            OperationOutcomes outcomes) {
        this.enabled = config.enabled();
        this.verifier = verifier;
        this.calling = calling;
        this.outcomes = outcomes;
    }

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String route = request.getUriInfo().getPath();
        route = route.startsWith("/") ? route : "/" + route;
        boolean cds = route.equals(CDS_SERVICES) || route.startsWith(CDS_SERVICES + "/");
        if (!enabled || !cds || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        try {
            calling.set(verifier.verify(request.getHeaderString(HttpHeaders.AUTHORIZATION), path));
            return null;
        } catch (TokenRefused e) {
            LOG.warnf("CDS client refused on %s %s: %s", request.getMethod(), path, e.getMessage());
            return Response.fromResponse(outcomes.response(401, "login",
                            "A valid CDS client JWT is required (CDS Hooks: Trusting CDS Clients)", List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
    }
}
