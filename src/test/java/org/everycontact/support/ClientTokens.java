package org.everycontact.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Client JWTs as the test profile's CDS clients sign them (CDS Hooks 2.0 "Trusting CDS Clients"), with
 * the private keys in src/test/resources/client-auth. Their public halves are the clients' JWK Sets.
 */
public final class ClientTokens {

    public static final String ES384_ISSUER = "https://ehr.test/es384";
    public static final String RS384_ISSUER = "https://ehr.test/rs384";

    private static final ECKey ES384_KEY = (ECKey) load("test-ehr-es384.private-jwk.json");
    private static final RSAKey RS384_KEY = (RSAKey) load("test-ehr-rs384.private-jwk.json");

    private ClientTokens() {
    }

    public static ECKey es384Key() {
        return ES384_KEY;
    }

    public static RSAKey rs384Key() {
        return RS384_KEY;
    }

    /** The aud of a call to this path: the configured public base URL plus the path. */
    public static String audience(String path) {
        return ConfigProvider.getConfig().getValue("everycontact.public-base-url", String.class) + path;
    }

    /** A valid token for a call to this path from the ES384 test client. */
    public static String forPath(String path) {
        return sign(ES384_KEY, header(JWSAlgorithm.ES384, ES384_KEY.getKeyID()).build(),
                claims(ES384_ISSUER, audience(path)).build());
    }

    /** typ JWT, the algorithm and the kid. */
    public static JWSHeader.Builder header(JWSAlgorithm algorithm, String kid) {
        return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid);
    }

    /** iss, aud, iat now, exp in five minutes and a fresh jti. */
    public static JWTClaimsSet.Builder claims(String issuer, String audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String sign(JWK key, JWSHeader header, JWTClaimsSet claims) {
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWK load(String name) {
        try (InputStream in = ClientTokens.class.getResourceAsStream("/client-auth/" + name)) {
            return JWK.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(name + " is not a JWK", e);
        }
    }
}
