package org.everycontact.hooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a CDS client's JWT (CDS Hooks 2.0 "Trusting CDS Clients" and its best practices): a Bearer
 * token; a configured {@code iss}; an algorithm that client is configured for (never none or HS*);
 * typ JWT; a jku absent or allowed; a kid found in the client's JWK Set; the signature; {@code aud}
 * exactly the URL of the endpoint called ({@code everycontact.public-base-url} + path); exp, nbf and
 * iat within the clock skew; exp at most {@code max-token-lifetime} ahead; the client's tenant; and a
 * jti not seen before, by this instance or by any other on the same database ({@link UsedTokens}). The
 * replay check comes last, so only authentic tokens take a place in its cache.
 */
@Singleton
public class ClientTokenVerifier {

    private static final String BEARER = "Bearer ";
    private static final int MIN_RSA_BITS = 2048;

    private final CdsClients clients;
    private final String publicBaseUrl;
    private final Duration skew;
    private final Duration maxLifetime;
    private final ReplayCache replays;
    private final UsedTokens usedTokens;

    public ClientTokenVerifier(CdsClients clients, ClientAuthConfig config,
                               @ConfigProperty(name = "everycontact.public-base-url") Optional<String> publicBaseUrl,
                               UsedTokens usedTokens) {
        this.clients = clients;
        this.publicBaseUrl = publicBaseUrl.map(FhirServerAllowlist::withoutTrailingSlash).orElse(null);
        this.skew = config.clockSkew();
        this.maxLifetime = config.maxTokenLifetime();
        this.replays = new ReplayCache(config.replayCacheSize());
        this.usedTokens = usedTokens;
    }

    /**
     * @param authorization the Authorization header, or null
     * @param path the path called as received, e.g. {@code /cds-services/everycontact}
     * @return the authenticated client
     */
    CdsClient verify(String authorization, String path) throws TokenRefused {
        if (publicBaseUrl == null) {
            throw new TokenRefused("everycontact.public-base-url is not set, so no audience can be checked");
        }
        SignedJWT jwt = parse(authorization);
        JWTClaimsSet claims = claims(jwt);
        String issuer = requiredString(claims.getIssuer(), "iss");
        CdsClient client = clients.byIssuer(issuer)
                .orElseThrow(() -> new TokenRefused("iss is not a configured client"));
        JWSHeader header = jwt.getHeader();
        checkHeader(client, header);
        JWK key = client.key(header.getKeyID())
                .orElseThrow(() -> new TokenRefused("kid is not in the JWK Set of client " + client.name()));
        checkSignature(client, jwt, key);
        checkAudience(client, claims.getAudience(), publicBaseUrl + path);
        Instant now = Instant.now();
        Instant expires = checkTimes(client, claims, now);
        if (client.tenant() != null && !client.tenant().equals(tenant(claims))) {
            throw new TokenRefused("tenant is not the one configured for client " + client.name());
        }
        String jti = requiredString(claims.getJWTID(), "jti");
        ReplayCache.Outcome outcome = replays.record(issuer, jti, expires.plus(skew), now);
        if (outcome == ReplayCache.Outcome.REPLAY) {
            throw new TokenRefused("jti was already used (replay) by client " + client.name());
        }
        if (outcome == ReplayCache.Outcome.FULL) {
            throw new TokenRefused("the replay cache is full (everycontact.auth.replay-cache-size)");
        }
        if (usedTokens.record(issuer, jti, expires.plus(skew), now) == UsedTokens.Outcome.REPLAY) {
            throw new TokenRefused("jti was already used (replay, seen by another instance) by client " + client.name());
        }
        return client;
    }

    private static SignedJWT parse(String authorization) throws TokenRefused {
        if (authorization == null) {
            throw new TokenRefused("no Authorization header");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new TokenRefused("the Authorization scheme is not Bearer");
        }
        try {
            return SignedJWT.parse(authorization.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            throw new TokenRefused("the token is not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws TokenRefused {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRefused("the token's claims cannot be read (not a JSON object, or a claim of the wrong type)");
        }
    }

    private static void checkHeader(CdsClient client, JWSHeader header) throws TokenRefused {
        if (!client.algorithms().contains(header.getAlgorithm())) {
            throw new TokenRefused("alg " + header.getAlgorithm() + " is not allowed for client " + client.name());
        }
        if (!JOSEObjectType.JWT.equals(header.getType())) {
            throw new TokenRefused("typ is not JWT");
        }
        if (header.getJWKURL() != null && !client.allowedJku().contains(header.getJWKURL().toString())) {
            throw new TokenRefused("jku is not allowed for client " + client.name());
        }
        if (header.getKeyID() == null) {
            throw new TokenRefused("no kid");
        }
    }

    private static void checkSignature(CdsClient client, SignedJWT jwt, JWK key) throws TokenRefused {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if ((key.getAlgorithm() != null && !key.getAlgorithm().equals(alg))
                || (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse()))) {
            throw new TokenRefused("the key of client " + client.name() + " is not for " + alg + " signatures");
        }
        try {
            if (!jwt.verify(verifier(key, alg))) {
                throw new TokenRefused("the signature does not verify for client " + client.name());
            }
        } catch (JOSEException e) {
            throw new TokenRefused("the signature cannot be checked for client " + client.name());
        }
    }

    private static JWSVerifier verifier(JWK key, JWSAlgorithm alg) throws JOSEException, TokenRefused {
        if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec && Curve.forJWSAlgorithm(alg).contains(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_BITS) {
            return new RSASSAVerifier(rsa);
        }
        throw new TokenRefused("the key type does not fit alg " + alg);
    }

    private static void checkAudience(CdsClient client, List<String> audience, String expected) throws TokenRefused {
        if (audience == null || !audience.contains(expected)) {
            throw new TokenRefused("aud is not the URL of the endpoint called, for client " + client.name());
        }
    }

    /** @return the expiry */
    private Instant checkTimes(CdsClient client, JWTClaimsSet claims, Instant now) throws TokenRefused {
        Instant expires = required(claims.getExpirationTime(), "exp");
        Instant issued = required(claims.getIssueTime(), "iat");
        if (!now.isBefore(expires.plus(skew))) {
            throw new TokenRefused("the token has expired, client " + client.name());
        }
        if (expires.isAfter(now.plus(maxLifetime).plus(skew))) {
            throw new TokenRefused("exp is further ahead than everycontact.auth.max-token-lifetime, client "
                    + client.name());
        }
        if (issued.isAfter(now.plus(skew))) {
            throw new TokenRefused("iat is in the future, client " + client.name());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(now.plus(skew))) {
            throw new TokenRefused("the token is not yet valid (nbf), client " + client.name());
        }
        return expires;
    }

    private static String tenant(JWTClaimsSet claims) throws TokenRefused {
        try {
            return claims.getStringClaim("tenant");
        } catch (ParseException e) {
            throw new TokenRefused("tenant is not a string");
        }
    }

    private static Instant required(Date value, String claim) throws TokenRefused {
        if (value == null) {
            throw new TokenRefused("no " + claim + " claim");
        }
        return value.toInstant();
    }

    private static String requiredString(String value, String claim) throws TokenRefused {
        if (value == null || value.isBlank()) {
            throw new TokenRefused("no " + claim + " claim");
        }
        return value;
    }
}
