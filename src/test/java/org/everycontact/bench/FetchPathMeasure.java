package org.everycontact.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.everycontact.hooks.HookRequest;
import org.everycontact.record.PrefetchQuery;
import org.everycontact.record.RecordRequest;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The fetch path (issue 10): a patient-view call without prefetch, against a loopback FHIR server
 * ({@link FhirTestServer}) that waits a fixed delay before answering every query. Record assembly
 * runs the queries at once, so the call should take about the slowest single query, not their sum
 * (target: at most 1.3 times). Each single query is timed alone with the same HAPI client; then the
 * whole record assembly; medians of {@code calls} rounds after a warm-up, and their ratio.
 * Usage: {@code FetchPathMeasure [delay ms, default 200] [calls, default 15]}.
 */
public final class FetchPathMeasure {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-26");

    private FetchPathMeasure() {
    }

    public static void main(String[] args) throws IOException {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        PipelineParts parts = PipelineParts.build(false);
        TestPatient patient = SyntheticPrefetch.patient(SyntheticPrefetch.Style.UK_GP, 150, AS_OF, 26_112_026L);
        try (FhirTestServer server = new FhirTestServer().serve(patient).slowness(Duration.ofMillis(delay))) {
            TestPatient.KEYS.values().forEach(type -> server.behave(type, FhirTestServer.Behaviour.SLOW));
            CdsRequest call = CdsRequest.patientView(patient).fhirServer(server.baseUrl());
            call.body().remove("prefetch");
            HookRequest request = parts.parser().parse("everycontact", call.body(), parts.catalog());
            RecordRequest record = parts.pipeline().recordRequest(request, AS_OF);
            IGenericClient client = parts.fhir().context().newRestfulGenericClient(server.baseUrl());

            List<Long> slowest = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            for (int round = -3; round < calls; round++) {
                long slowestQuery = 0;
                for (PrefetchQuery query : record.queries()) {
                    slowestQuery = Math.max(slowestQuery, timed(() -> single(client, query)));
                }
                long assembly = timed(() -> parts.assembler().assemble(record));
                if (round >= 0) {
                    slowest.add(slowestQuery);
                    whole.add(assembly);
                }
            }
            long single = median(slowest);
            long all = median(whole);
            System.out.printf("%d queries, each delayed %d ms by the server; medians of %d rounds:%n",
                    record.queries().size(), delay, calls);
            System.out.printf("slowest single query %.1f ms, whole record without prefetch %.1f ms%n",
                    single / 1e6, all / 1e6);
            System.out.printf("SUMMARY fetch path: %.2f x the slowest single query (target 1.3, %s); %d queries of %d ms%n",
                    (double) all / single, all <= 1.3 * single ? "met" : "missed", record.queries().size(), delay);
        }
        System.exit(0); // the test server's idle request threads would keep the JVM alive a while
    }

    private static void single(IGenericClient client, PrefetchQuery query) {
        if (query.isRead()) {
            client.read().resource(query.kind().fhirType()).withUrl(query.query()).execute();
        } else {
            client.search().byUrl(query.query()).returnBundle(Bundle.class).execute();
        }
    }

    private static long timed(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
