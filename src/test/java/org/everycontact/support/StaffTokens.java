package org.everycontact.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens as the identity provider would issue them to NHS staff for the deprivation look-up,
 * reports and admin endpoints: RS256, signed with src/test/resources/oidc/test-private-key.pem,
 * whose public key is the test profile's {@code quarkus.oidc.public-key}.
 */
public final class StaffTokens {

    public static final String ISSUER = "https://idp.test.everycontact.invalid";
    public static final String ANALYST = "everycontact-analyst";
    public static final String ADMIN = "everycontact-admin";

    private static final String KEY = "oidc/test-private-key.pem";

    private StaffTokens() {
    }

    /** "Bearer ..." for a valid token carrying these groups. */
    public static String bearer(String... groups) {
        return "Bearer " + claims(groups).sign(KEY);
    }

    public static String analyst() {
        return bearer(ANALYST);
    }

    /** A token carrying the analyst role that expired an hour ago. */
    public static String expiredAnalyst() {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return "Bearer " + claims(ANALYST).issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(1))).sign(KEY);
    }

    /** A well-formed analyst token signed by a key the service does not know. */
    public static String analystSignedByAnotherKey() {
        return "Bearer " + claims(ANALYST).sign(otherKey());
    }

    /** An analyst token signed by the right key but issued by another identity provider. */
    public static String analystFromAnotherIssuer() {
        return "Bearer " + claims(ANALYST).issuer("https://idp.elsewhere.invalid").sign(KEY);
    }

    private static JwtClaimsBuilder claims(String... groups) {
        return Jwt.issuer(ISSUER).subject("staff-member").groups(Set.of(groups)).expiresIn(Duration.ofMinutes(5));
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
