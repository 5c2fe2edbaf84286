package org.everycontact.hooks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A trusted CDS client as configured under {@code everycontact.auth.clients.<name>}.
 *
 * @param tenant the required {@code tenant} claim, or null when the client has none
 */
record CdsClient(String name, String issuer, Set<JWSAlgorithm> algorithms, Set<String> allowedJku,
                 FhirServerAllowlist fhirServers, String tenant, List<KeySource> keySources) {

    Optional<JWK> key(String kid) {
        return keySources.stream().map(source -> source.find(kid)).flatMap(Optional::stream).findFirst();
    }
}
