package org.everycontact.hooks;

import com.nimbusds.jose.JWSAlgorithm;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The configured CDS clients by issuer. Built at start-up: a client without keys, or two clients
 * with one issuer, stop the service there; JWK Set files are read at once so that a problem shows
 * in the start-up log.
 */
@Startup
@Singleton
public class CdsClients {

    private static final Logger LOG = Logger.getLogger(CdsClients.class);

    private final Map<String, CdsClient> byIssuer = new HashMap<>();

    public CdsClients(ClientAuthConfig config) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.jwksFetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        config.clients().forEach((name, client) -> {
            CdsClient built = build(name, client, config, http);
            if (byIssuer.putIfAbsent(built.issuer(), built) != null) {
                throw new IllegalStateException("everycontact.auth.clients: two clients have the issuer of " + name);
            }
        });
        if (config.enabled() && byIssuer.isEmpty()) {
            LOG.warn("No CDS client is configured (everycontact.auth.clients): every call to /cds-services is refused");
        }
    }

    Optional<CdsClient> byIssuer(String issuer) {
        return Optional.ofNullable(byIssuer.get(issuer));
    }

    private static CdsClient build(String name, ClientAuthConfig.Client client, ClientAuthConfig config,
                                   HttpClient http) {
        List<KeySource> sources = new ArrayList<>();
        client.jwksFile().ifPresent(file -> {
            JwksFile keys = new JwksFile(name, Path.of(file));
            keys.preload();
            sources.add(keys);
        });
        client.jwksUrl().ifPresent(url -> sources.add(new JwksUrl(name, checkedUrl(name, url), http,
                config.jwksFetchTimeout(), config.jwksMaxAge(), config.jwksMinRefresh())));
        if (sources.isEmpty()) {
            throw new IllegalStateException("everycontact.auth.clients." + name + " needs jwks-file or jwks-url");
        }
        Set<JWSAlgorithm> algorithms = new HashSet<>();
        client.algorithms().forEach(a -> algorithms.add(a.jws()));
        return new CdsClient(name, client.issuer(), Set.copyOf(algorithms),
                Set.copyOf(client.allowedJku().orElse(List.of())),
                FhirServerAllowlist.of(client.fhirServers().orElse(List.of())),
                client.tenant().orElse(null), List.copyOf(sources));
    }

    /** Keys travel over https; plain http only to this machine. */
    private static URI checkedUrl(String name, URI url) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        boolean loopback = "http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null
                && Set.of("127.0.0.1", "localhost", "[::1]").contains(url.getHost().toLowerCase(Locale.ROOT));
        if (!https && !loopback) {
            throw new IllegalStateException("everycontact.auth.clients." + name + ".jwks-url must be https");
        }
        return url;
    }
}
