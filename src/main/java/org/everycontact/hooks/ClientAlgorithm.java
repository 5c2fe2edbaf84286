package org.everycontact.hooks;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * The signature algorithms a CDS client may be configured for. CDS Hooks recommends ES384 and RS384;
 * none and every symmetric (HS*) algorithm are forbidden and cannot be configured.
 */
public enum ClientAlgorithm {
    ES256, ES384, RS256, RS384;

    JWSAlgorithm jws() {
        return JWSAlgorithm.parse(name());
    }
}
