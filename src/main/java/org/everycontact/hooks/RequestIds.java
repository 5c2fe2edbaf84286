package org.everycontact.hooks;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every log line of a request its request id, and of a hook call its hookInstance, through the
 * logging MDC ({@code requestId}, {@code hookInstance}; the console format shows both). The request
 * id is the caller's {@code X-Request-ID} when it is short and plain (letters, digits, '.', '_', '-',
 * at most 64), otherwise a new UUID; either way it is echoed in the response's {@code X-Request-ID}.
 * A hookInstance that is not plain is logged as {@code unreadable}: a caller's free text never
 * reaches a log line.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-ID";
    static final String REQUEST_ID = "requestId";
    static final String HOOK_INSTANCE = "hookInstance";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PLAIN_HOOK_INSTANCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(REQUEST_ID, id);
        MDC.put(REQUEST_ID, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(REQUEST_ID);
        MDC.remove(HOOK_INSTANCE);
    }

    /** Adds the call's hookInstance to the log context once the request has been read. */
    static void hookInstance(String hookInstance) {
        MDC.put(HOOK_INSTANCE, PLAIN_HOOK_INSTANCE.matcher(hookInstance).matches() ? hookInstance : "unreadable");
    }
}
