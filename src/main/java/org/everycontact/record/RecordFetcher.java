package org.everycontact.record;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Fetches from the client's FHIR server with HAPI's generic client: a query, or the rest of a
 * paginated result, following next links up to a bound and never past the call's deadline. Every
 * exchange is bounded in time and size ({@link FetchBounds}); the access token goes only to
 * fhirServer's own origin, so a next link to another host is not followed and leaves the type
 * partial, as does a later page that cannot be read. A
 * MedicationRequest or MedicationStatement search also asks for the Medications its entries name
 * ({@code _include=MedicationRequest:medication}), in the same request: a server that ignores it
 * returns the search alone, and the medicines it names by reference are then left unresolved.
 */
@Singleton
public class RecordFetcher {

    static final String OTHER_ORIGIN = "a next link points away from fhirServer and was not followed";

    private final FhirSupport fhir;
    private final FetchConfig config;
    private final ExecutorService executor;

    public RecordFetcher(FhirSupport fhir, FetchConfig config) {
        this.fhir = fhir;
        this.config = config;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(config.threads(), task -> {
            Thread thread = new Thread(task, "fhir-fetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a fetch in the background: the query itself, or only the pages after {@code next}. */
    Future<Retrieved> start(FhirServer server, PrefetchQuery query, Retrieved alreadyHave, Instant deadline) {
        return executor.submit(() -> fetch(server, query, alreadyHave, deadline));
    }

    private Retrieved fetch(FhirServer server, PrefetchQuery query, Retrieved alreadyHave, Instant deadline) {
        IGenericClient client = fhir.context().newRestfulGenericClient(server.baseUrl());
        FetchBounds bounds = new FetchBounds(deadline, config.maxResponseSize().asLongValue());
        client.registerInterceptor(bounds);
        if (server.bearerToken() != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(server.bearerToken()));
        }
        try {
            Retrieved first;
            if (alreadyHave != null) {
                first = alreadyHave;
            } else if (query.isRead()) {
                Resource resource = (Resource) client.read()
                        .resource(query.kind().fhirType())
                        .withUrl(query.query())
                        .execute();
                return Retrieved.of(List.of(resource), null);
            } else {
                first = Bundles.read(client.search().byUrl(searchUrl(query)).returnBundle(Bundle.class).execute());
            }
            return followPages(client, bounds, server, first, deadline);
        } catch (RuntimeException e) {
            return Retrieved.failure(reason(bounds, e));
        }
    }

    /**
     * Why an exchange failed. Each exchange's timeouts are the time left to the call's deadline
     * ({@link FetchBounds}), so a timeout is the deadline passing, whichever timer fires first.
     */
    private static String reason(FetchBounds bounds, RuntimeException e) {
        if (bounds.refusal() != null) {
            return bounds.refusal();
        }
        return timedOut(e) ? FetchBounds.DEADLINE : "fetch failed: " + e.getClass().getSimpleName();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String searchUrl(PrefetchQuery query) {
        boolean medicines = query.kind() == ResourceKind.MEDICATION_REQUEST
                || query.kind() == ResourceKind.MEDICATION_STATEMENT;
        return medicines && !query.query().contains("_include=")
                ? query.query() + "&_include=" + query.kind().fhirType() + ":medication"
                : query.query();
    }

    private Retrieved followPages(IGenericClient client, FetchBounds bounds, FhirServer server, Retrieved first,
                                  Instant deadline) {
        if (first.failed() || !first.hasMore()) {
            return first;
        }
        List<Resource> resources = new ArrayList<>(first.resources());
        String next = first.nextLink();
        int pages = 1;
        while (next != null && pages < config.maxPages() && Instant.now().isBefore(deadline)) {
            if (!sameOrigin(server.baseUrl(), next)) {
                return Retrieved.partial(resources, OTHER_ORIGIN);
            }
            Retrieved page;
            try {
                page = Bundles.read(client.loadPage().byUrl(next).andReturnBundle(Bundle.class).execute());
            } catch (RuntimeException e) {
                return Retrieved.partial(resources, reason(bounds, e));
            }
            if (page.failed()) {
                return Retrieved.partial(resources, page.failure());
            }
            resources.addAll(page.resources());
            next = page.nextLink();
            pages++;
        }
        return Retrieved.of(resources, next);
    }

    /** Same scheme, host and port: an absolute link to where the access token was given for. */
    static boolean sameOrigin(String base, String link) {
        try {
            URI from = new URI(base);
            URI to = new URI(link);
            return to.getScheme() != null && to.getHost() != null
                    && from.getScheme().equalsIgnoreCase(to.getScheme())
                    && from.getHost().equalsIgnoreCase(to.getHost())
                    && port(from) == port(to);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
