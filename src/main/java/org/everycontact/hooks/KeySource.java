package org.everycontact.hooks;

import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;

/** Where a CDS client's public keys come from: a JWK Set file or URL. */
interface KeySource {

    /** The public key with this kid, reloading the set first if it may have changed. */
    Optional<JWK> find(String kid);
}
