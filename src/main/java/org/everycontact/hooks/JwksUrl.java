package org.everycontact.hooks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A CDS client's JWK Set published at a URL (Epic-style). It is fetched on first use, again once it
 * is older than {@code maxAge}, and again when a token names a kid it lacks (key rotation); never
 * more often than once per {@code minRefresh}, so tokens with made-up kids cannot make EveryContact
 * hammer the client. Redirects are not followed and the body is bounded. When a fetch fails the
 * previous keys stay in force.
 */
final class JwksUrl implements KeySource {

    private static final Logger LOG = Logger.getLogger(JwksUrl.class);
    static final int MAX_BYTES = 256 * 1024;

    private final String client;
    private final URI url;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration maxAge;
    private final Duration minRefresh;
    private JWKSet keys = new JWKSet();
    private Instant fetched;
    private Instant attempted;

    JwksUrl(String client, URI url, HttpClient http, Duration timeout, Duration maxAge, Duration minRefresh) {
        this.client = client;
        this.url = url;
        this.http = http;
        this.timeout = timeout;
        this.maxAge = maxAge;
        this.minRefresh = minRefresh;
    }

    @Override
    public synchronized Optional<JWK> find(String kid) {
        Instant now = Instant.now();
        if ((fetched == null || now.isAfter(fetched.plus(maxAge))) && mayFetch(now)) {
            fetch(now);
        }
        JWK key = keys.getKeyByKeyId(kid);
        if (key == null && mayFetch(now)) {
            fetch(now);
            key = keys.getKeyByKeyId(kid);
        }
        return Optional.ofNullable(key);
    }

    private boolean mayFetch(Instant now) {
        return attempted == null || !now.isBefore(attempted.plus(minRefresh));
    }

    private void fetch(Instant now) {
        attempted = now;
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Accept", "application/json, application/jwk-set+json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    LOG.warnf("CDS client %s: JWK Set URL answered %d", client, response.statusCode());
                    return;
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    LOG.warnf("CDS client %s: JWK Set at its URL is larger than %d bytes", client, MAX_BYTES);
                    return;
                }
                keys = JWKSet.parse(new String(bytes, StandardCharsets.UTF_8)).toPublicJWKSet();
                fetched = now;
                LOG.infof("CDS client %s: %d key(s) fetched from its JWK Set URL", client, keys.size());
            }
        } catch (ParseException e) {
            LOG.warnf("CDS client %s: its JWK Set URL did not answer a valid JWK Set", client);
        } catch (IOException e) {
            LOG.warnf("CDS client %s: JWK Set URL could not be fetched (%s)", client, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
