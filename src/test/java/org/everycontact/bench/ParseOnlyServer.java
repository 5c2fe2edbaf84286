package org.everycontact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;

/**
 * The load benchmark's floor (scripts/bench-load.sh): an HTTP server on loopback that only reads a
 * hook request and parses each of its prefetch values with HAPI as the service's record assembly does
 * ({@link FhirSupport#parseTree}), then answers {@code {"cards":[]}}. Any path, POST only.
 * Usage: {@code ParseOnlyServer <port> [threads]}.
 */
public final class ParseOnlyServer {

    private static final byte[] NO_CARDS = "{\"cards\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The service's own FhirContext and parser settings. */
    private static final FhirSupport FHIR = new FhirSupport(ShippedConfig.load().getConfigMapping(FetchConfig.class));

    private ParseOnlyServer() {
    }

    public static void main(String[] args) throws IOException {
        // Without it the JDK server's small writes wait for delayed ACKs: about 40 ms a request on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/", ParseOnlyServer::answer);
        server.start();
        System.out.printf("parse-only server on 127.0.0.1:%d, %d threads%n", port, threads);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode prefetch = JSON.readTree(body).path("prefetch");
            for (JsonNode value : prefetch) {
                if (value.isObject()) {
                    FHIR.parseTree((ObjectNode) value);
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, NO_CARDS.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(NO_CARDS);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }
}
