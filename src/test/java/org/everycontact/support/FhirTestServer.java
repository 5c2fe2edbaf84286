package org.everycontact.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A real HTTP server on loopback playing "the EHR's FHIR server": serves a TestPatient's resources
 * as FHIR JSON, and can be told to be slow, to trickle its answer, to fail with 500, to send invalid
 * JSON, to redirect, to send an oversized body (with or without Content-Length), or to paginate.
 * A search with {@code _include} also returns the patient's Medications, as includes.
 */
public final class FhirTestServer implements AutoCloseable {

    /** What the server does for requests of one resource type. */
    public enum Behaviour { NORMAL, SLOW, TRICKLE, ERROR_500, INVALID_JSON, REDIRECT, OVERSIZED, OVERSIZED_CHUNKED }

    private final HttpServer server;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile TestPatient patient;
    private volatile int pageSize = Integer.MAX_VALUE;
    private volatile Duration slowness = Duration.ofSeconds(5);
    private volatile String redirectTo;
    private volatile long oversize;

    public FhirTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/fhir", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    public FhirTestServer serve(TestPatient patient) {
        this.patient = patient;
        return this;
    }

    public FhirTestServer behave(String resourceType, Behaviour behaviour) {
        behaviours.put(resourceType, behaviour);
        return this;
    }

    public FhirTestServer slowness(Duration slowness) {
        this.slowness = slowness;
        return this;
    }

    /** Where REDIRECT sends the client: a 302 to this base URL and the same path. */
    public FhirTestServer redirectTo(String baseUrl) {
        this.redirectTo = baseUrl;
        return this;
    }

    /** The size OVERSIZED and OVERSIZED_CHUNKED pad their (valid) answer to with trailing spaces. */
    public FhirTestServer oversize(long bytes) {
        this.oversize = bytes;
        return this;
    }

    /** Serve searches in pages of this many entries, linked by next links. */
    public FhirTestServer pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    /** Paths and queries requested, in order. */
    public List<String> requests() {
        return requests;
    }

    /** The Authorization headers received. */
    public List<String> authorizations() {
        return authorizations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/fhir/".length());
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizations.add(authorization);
        }
        String type = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        Behaviour behaviour = behaviours.getOrDefault(type, Behaviour.NORMAL);
        try {
            switch (behaviour) {
                case SLOW -> {
                    Thread.sleep(slowness.toMillis());
                    respond(exchange, 200, body(type, path, query));
                }
                case TRICKLE -> trickle(exchange);
                case REDIRECT -> {
                    exchange.getResponseHeaders().set("Location", redirectTo + "/" + path + (query == null ? "" : "?" + query));
                    exchange.sendResponseHeaders(302, -1);
                }
                case OVERSIZED -> respond(exchange, 200, padded(body(type, path, query)));
                case OVERSIZED_CHUNKED -> respondChunked(exchange, padded(body(type, path, query)));
                case ERROR_500 -> respond(exchange, 500,
                        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"exception\"}]}");
                case INVALID_JSON -> respond(exchange, 200, "{\"resourceType\": \"Bundle\", \"entry\": [");
                default -> respond(exchange, 200, body(type, path, query));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the client gave up (deadline): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private String body(String type, String path, String query) {
        if (path.contains("/")) {
            return TestPatient.FHIR.newJsonParser().encodeResourceToString(patient.patient());
        }
        List<Resource> all = patient.resourcesOf(type);
        int offset = offset(query);
        Bundle page = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(all.size());
        all.stream().skip(offset).limit(pageSize).forEach(r -> page.addEntry().setResource(r));
        if (query != null && query.contains("_include=")) {
            patient.resourcesOf("Medication").forEach(m -> page.addEntry().setResource(m)
                    .setFullUrl(baseUrl() + "/Medication/" + m.getIdElement().getIdPart())
                    .getSearch().setMode(Bundle.SearchEntryMode.INCLUDE));
        }
        if ((long) offset + pageSize < all.size()) {
            page.addLink().setRelation("next").setUrl(baseUrl() + "/" + type + "?patient=" + patient.id()
                    + "&_offset=" + (offset + pageSize));
        }
        return TestPatient.FHIR.newJsonParser().encodeResourceToString(page);
    }

    private static int offset(String query) {
        if (query == null) {
            return 0;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("_offset=")) {
                return Integer.parseInt(part.substring("_offset=".length()));
            }
        }
        return 0;
    }

    private String padded(String body) {
        return body + " ".repeat((int) Math.max(0, oversize - body.length()));
    }

    /** Headers at once, then one space every 100 ms until {@link #slowness}: never silent long enough to time out. */
    private void trickle(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long end = System.nanoTime() + slowness.toNanos();
        while (System.nanoTime() < end) {
            out.write(' ');
            out.flush();
            Thread.sleep(100);
        }
        out.close();
    }

    private static void respondChunked(HttpExchange exchange, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
