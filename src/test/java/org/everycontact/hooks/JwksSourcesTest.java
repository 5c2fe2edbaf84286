package org.everycontact.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where client keys come from: a JWK Set URL (Epic-style) fetched, cached and refreshed on an unknown
 * kid at most once per min-refresh, over a loopback server; and the shipped Sandbox JWK Set file.
 */
class JwksSourcesTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> served = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    private URI serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            if (status.get() == 302) {
                exchange.getResponseHeaders().set("Location", "http://127.0.0.1:1/elsewhere");
            }
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private JwksUrl source(URI url, Duration minRefresh) {
        return new JwksUrl("epic", url, http, Duration.ofSeconds(2), Duration.ofHours(1), minRefresh);
    }

    private static ECKey key(String kid) throws JOSEException {
        return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
    }

    /** The keys as a JWK Set, private parts included. */
    private static String jwks(JWK... keys) {
        return new JWKSet(List.of(keys)).toString(false);
    }

    @Test
    void keysAreFetchedOnceAndCached() throws Exception {
        ECKey a = key("a");
        served.set(jwks(a));
        JwksUrl source = source(serve(), Duration.ofMinutes(1));
        assertEquals(a.toPublicJWK(), source.find("a").orElseThrow());
        assertEquals(a.toPublicJWK(), source.find("a").orElseThrow());
        assertEquals(1, fetches.get());
    }

    @Test
    void unknownKidsRefetchAtMostOncePerMinRefresh() throws Exception {
        served.set(jwks(key("a")));
        JwksUrl source = source(serve(), Duration.ofMinutes(1));
        source.find("a");
        for (int i = 0; i < 20; i++) {
            assertFalse(source.find("made-up-" + i).isPresent());
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void rotatedKeyIsFetchedOnItsFirstUse() throws Exception {
        ECKey a = key("a");
        ECKey b = key("b");
        served.set(jwks(a));
        JwksUrl source = source(serve(), Duration.ZERO);
        source.find("a");
        served.set(jwks(a, b));
        assertEquals(b.toPublicJWK(), source.find("b").orElseThrow());
        assertEquals(2, fetches.get());
    }

    @Test
    void failedRefreshKeepsThePreviousKeysAndRedirectsAreNotFollowed() throws Exception {
        served.set(jwks(key("a")));
        JwksUrl source = source(serve(), Duration.ZERO);
        source.find("a");
        status.set(302);
        assertTrue(source.find("a").isPresent());
        status.set(500);
        assertFalse(source.find("b").isPresent());
        assertTrue(source.find("a").isPresent());
    }

    @Test
    void oversizedJwksIsRefused() throws Exception {
        served.set("{\"keys\":[],\"padding\":\"" + "x".repeat(JwksUrl.MAX_BYTES) + "\"}");
        assertFalse(source(serve(), Duration.ZERO).find("a").isPresent());
    }

    @Test
    void privateKeyMaterialInAJwksIsDropped() throws Exception {
        served.set(jwks(key("a")));
        JWK found = source(serve(), Duration.ZERO).find("a").orElseThrow();
        assertFalse(found.isPrivate());
    }

    @Test
    void shippedCdsHooksSandboxJwksHoldsItsEs384PublicKey() {
        JWK key = new JwksFile("sandbox", Path.of("docs/client-auth/cds-hooks-sandbox-jwks.json"))
                .find("44823f3d-0b01-4a6c-a80e-b9d3e8a7226f").orElseThrow();
        assertEquals(Curve.P_384, key.toECKey().getCurve());
        assertEquals(JWSAlgorithm.ES384, key.getAlgorithm());
        assertFalse(key.isPrivate());
    }
}
