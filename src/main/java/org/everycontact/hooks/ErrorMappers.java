package org.everycontact.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.everycontact.equity.DatabaseUnavailable;
import org.everycontact.record.InvalidPrefetchException;
import org.everycontact.record.MissingDataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves as an OperationOutcome with the right status and no stack trace. Caller
 * mistakes are 4xx; only our own faults are 500, logged by class without message or data.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    private final OperationOutcomes outcomes;

    public ErrorMappers(OperationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @ServerExceptionMapper
    public Response cds(CdsException e) {
        return outcomes.response(e);
    }

    @ServerExceptionMapper
    public Response overLimit(ClientOverLimit e) {
        return Response.fromResponse(outcomes.response(429, "throttled", e.getMessage(), List.of()))
                .header("Retry-After", Long.toString(Math.max(1, e.retryAfterSeconds()))).build();
    }

    /** Feedback that could not be stored because the database is unreachable: the client should retry. */
    @ServerExceptionMapper
    public Response databaseUnavailable(DatabaseUnavailable e) {
        return Response.fromResponse(outcomes.response(503, "transient", e.getMessage(), List.of()))
                .header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds()))).build();
    }

    @ServerExceptionMapper
    public Response missingData(MissingDataException e) {
        List<String> expressions = e.keys().stream().map(k -> "prefetch." + k).toList();
        return outcomes.response(412, "processing",
                "Required data could not be obtained for prefetch key(s) " + String.join(", ", e.keys())
                        + ": " + e.getMessage(), expressions);
    }

    @ServerExceptionMapper
    public Response invalidPrefetch(InvalidPrefetchException e) {
        return outcomes.response(400, "invalid", e.getMessage(), List.of("prefetch." + e.key()));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return outcomes.response(400, "invalid", "The request body is not well-formed JSON", List.of());
    }

    /** No bearer token on a staff endpoint (deprivation look-up, reports, admin). */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("A bearer token from the identity provider is required");
    }

    /** A bearer token that is expired, malformed or not signed by the identity provider. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("The bearer token is not valid");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return outcomes.response(403, "forbidden", "The token's groups do not include a role allowed here", List.of());
    }

    private Response challenge(String diagnostics) {
        Response response = outcomes.response(401, "login", diagnostics, List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return outcomes.response(404, "not-found", "No such endpoint", List.of());
    }

    /** 405 with the Allow header HTTP requires: discovery is GET, services and feedback are POST. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response response = outcomes.response(405, "not-supported", "Method not allowed on this endpoint", List.of());
        String path = uri.getPath().replaceAll("/+$", "");
        String allowed = path.endsWith("/cds-services") ? "GET, OPTIONS" : "POST, OPTIONS";
        return Response.fromResponse(response).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return outcomes.response(415, "not-supported", "The request body must be application/json", List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return outcomes.response(406, "not-supported", "Responses are application/json", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("request failed with %d (%s)", status, e.getClass().getName());
        }
        return outcomes.response(status, status >= 500 ? "exception" : "invalid",
                Response.Status.fromStatusCode(status) == null ? "Request failed"
                        : Response.Status.fromStatusCode(status).getReasonPhrase(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.errorf("internal error %s at %s", e.getClass().getName(), where);
        return outcomes.response(500, "exception", "Internal error; the request was not processed", List.of());
    }
}
