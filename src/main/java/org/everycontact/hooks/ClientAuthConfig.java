package org.everycontact.hooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CDS client authentication (CDS Hooks 2.0 "Trusting CDS Clients"): which clients may call, with
 * which keys and algorithms, and to which FHIR servers they may send EveryContact.
 */
@ConfigMapping(prefix = "everycontact.auth")
public interface ClientAuthConfig {

    /** Require a signed client JWT on discovery, service calls and feedback. */
    @WithDefault("true")
    boolean enabled();

    /** Allowance for clock drift on exp, nbf and iat. */
    @WithDefault("30s")
    Duration clockSkew();

    /** The furthest in the future exp may lie; it bounds how long a jti is remembered. */
    @WithDefault("1h")
    Duration maxTokenLifetime();

    /** jti values remembered at once; when full of unexpired ones, new tokens are refused. */
    @WithDefault("100000")
    int replayCacheSize();

    /** A JWK Set fetched from a jwks-url is fetched again once older than this. */
    @WithDefault("1h")
    Duration jwksMaxAge();

    /** The least time between two fetches of one jwks-url (an unknown kid triggers one). */
    @WithDefault("1m")
    Duration jwksMinRefresh();

    /** Connect and read timeout of a jwks-url fetch. */
    @WithDefault("5s")
    Duration jwksFetchTimeout();

    /**
     * The fhirServer base URLs accepted while authentication is off (dev); none by default, so that
     * an unauthenticated caller cannot point EveryContact at a server of its choice.
     */
    Optional<List<String>> devFhirServers();

    /** The trusted CDS clients, by a name of the operator's choosing. */
    Map<String, Client> clients();

    interface Client {

        /** The {@code iss} the client signs with. */
        String issuer();

        /** A JWK Set file, read again whenever it changes. */
        Optional<String> jwksFile();

        /** A JWK Set URL (https, or loopback), fetched and cached. */
        Optional<URI> jwksUrl();

        /** The {@code jku} header values accepted; a token with any other jku is refused. */
        Optional<List<String>> allowedJku();

        /** The fhirServer base URLs this client may send; {@code :*} as the port allows any port. */
        Optional<List<String>> fhirServers();

        /** When set, the token's {@code tenant} claim must equal it. */
        Optional<String> tenant();

        @WithDefault("ES384,RS384")
        List<ClientAlgorithm> algorithms();
    }
}
