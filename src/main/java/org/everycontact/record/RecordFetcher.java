package org.everycontact.record;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
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
 * paginated result, following next links up to a bound and never past the call's deadline. A
 * MedicationRequest or MedicationStatement search also asks for the Medications its entries name
 * ({@code _include=MedicationRequest:medication}), in the same request: a server that ignores it
 * returns the search alone, and the medicines it names by reference are then left unresolved.
 */
@Singleton
public class RecordFetcher {

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
            return followPages(client, first, deadline);
        } catch (RuntimeException e) {
            return Retrieved.failure("fetch failed: " + e.getClass().getSimpleName());
        }
    }

    private static String searchUrl(PrefetchQuery query) {
        boolean medicines = query.kind() == ResourceKind.MEDICATION_REQUEST
                || query.kind() == ResourceKind.MEDICATION_STATEMENT;
        return medicines && !query.query().contains("_include=")
                ? query.query() + "&_include=" + query.kind().fhirType() + ":medication"
                : query.query();
    }

    private Retrieved followPages(IGenericClient client, Retrieved first, Instant deadline) {
        if (first.failed() || !first.hasMore()) {
            return first;
        }
        List<Resource> resources = new ArrayList<>(first.resources());
        String next = first.nextLink();
        int pages = 1;
        while (next != null && pages < config.maxPages() && Instant.now().isBefore(deadline)) {
            Retrieved page = Bundles.read(client.loadPage().byUrl(next).andReturnBundle(Bundle.class).execute());
            if (page.failed()) {
                return page;
            }
            resources.addAll(page.resources());
            next = page.nextLink();
            pages++;
        }
        return Retrieved.of(resources, next);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
