package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.everycontact.support.ClientTokens.ES384_ISSUER;
import static org.everycontact.support.ClientTokens.RS384_ISSUER;
import static org.everycontact.support.ClientTokens.audience;
import static org.everycontact.support.ClientTokens.claims;
import static org.everycontact.support.ClientTokens.es384Key;
import static org.everycontact.support.ClientTokens.header;
import static org.everycontact.support.ClientTokens.rs384Key;
import static org.everycontact.support.ClientTokens.sign;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.ClientTokens;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CDS Hooks 2.0 "Trusting CDS Clients": every discovery, service and feedback call needs a client JWT
 * that passes every check, and any failure is the same bare 401. The test profile's clients are
 * test-ehr (ES384), test-rs (RS384, one allowed jku) and rotating (a JWK Set file the test rewrites).
 */
@QuarkusTest
class ClientAuthenticationTest {

    private static final String SERVICE = "/cds-services/everycontact";
    private static final String DISCOVERY = "/cds-services";
    private static final String FEEDBACK = "/cds-services/everycontact/feedback";
    private static final Path ROTATING_JWKS = Path.of("target/client-auth/rotating-jwks.json");

    private static final ECKey OTHER_KEY = generate("test-ehr-es384-1");

    private static String body() {
        return CdsRequest.patientView(TestPatient.born("1970-01-01")).toString();
    }

    private static String feedback() {
        return "{\"feedback\":[{\"card\":\"" + UUID.randomUUID() + "\",\"outcome\":\"accepted\","
                + "\"acceptedSuggestions\":[{\"id\":\"" + UUID.randomUUID() + "\"}],"
                + "\"outcomeTimestamp\":\"2026-11-26T10:15:30Z\"}]}";
    }

    private static ValidatableResponse post(String path, String authorization, String body) {
        return given().header("Authorization", authorization).contentType("application/json").body(body)
                .when().post(path).then();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String es384(JWTClaimsSet.Builder claims) {
        return es384(header(JWSAlgorithm.ES384, es384Key().getKeyID()), claims);
    }

    private static String es384(JWSHeader.Builder header, JWTClaimsSet.Builder claims) {
        return bearer(sign(es384Key(), header.build(), claims.build()));
    }

    private static JWTClaimsSet.Builder valid() {
        return claims(ES384_ISSUER, audience(SERVICE));
    }

    private static JWTClaimsSet.Builder without(String claim) {
        return new JWTClaimsSet.Builder(valid().build()).claim(claim, null);
    }

    private static Date in(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    private static String rs384(JWSHeader.Builder header) {
        return bearer(sign(rs384Key(), header.build(), claims(RS384_ISSUER, audience(SERVICE)).build()));
    }

    private static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Stream<Arguments> badTokens() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "non-Bearer scheme", () -> "Basic dXNlcjpwYXNzd29yZA==");
        add(cases, "Bearer with no token", () -> "Bearer ");
        add(cases, "not a JWT", () -> "Bearer not-a-jwt");
        add(cases, "malformed JOSE header", () -> {
            String[] parts = es384(valid()).substring(7).split("\\.");
            return bearer(b64("{\"alg\":\"ES384\",") + "." + parts[1] + "." + parts[2]);
        });
        add(cases, "alg none", () -> bearer(b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"test-ehr-es384-1\"}")
                + "." + b64(valid().build().toString()) + "."));
        add(cases, "HS256 signed with the client's public key", () -> {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(es384Key().getKeyID()).build(), valid().build());
            try {
                jwt.sign(new MACSigner(es384Key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return bearer(jwt.serialize());
        });
        add(cases, "RS256 from a client configured for RS384 only",
                () -> rs384(header(JWSAlgorithm.RS256, rs384Key().getKeyID())));
        add(cases, "signed with the wrong key under the client's kid",
                () -> bearer(sign(OTHER_KEY, header(JWSAlgorithm.ES384, OTHER_KEY.getKeyID()).build(), valid().build())));
        add(cases, "unknown kid", () -> es384(header(JWSAlgorithm.ES384, "no-such-kid"), valid()));
        add(cases, "no kid", () -> es384(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT), valid()));
        add(cases, "typ not JWT (an access token)",
                () -> es384(header(JWSAlgorithm.ES384, es384Key().getKeyID()).type(new JOSEObjectType("at+jwt")), valid()));
        add(cases, "unknown iss", () -> es384(valid().issuer("https://other.test")));
        add(cases, "jku not allowed", () -> es384(header(JWSAlgorithm.ES384, es384Key().getKeyID())
                .jwkURL(URI.create("https://attacker.example/jwks.json")), valid()));
        add(cases, "jku other than the client's allowed one", () -> rs384(header(JWSAlgorithm.RS384, rs384Key().getKeyID())
                .jwkURL(URI.create("https://ehr.test/other/jwks.json"))));
        add(cases, "aud of another endpoint", () -> es384(valid().audience(audience(DISCOVERY))));
        add(cases, "aud on another host", () -> es384(valid().audience("https://other.test" + SERVICE)));
        add(cases, "aud with a trailing slash", () -> es384(valid().audience(audience(SERVICE) + "/")));
        add(cases, "expired", () -> es384(valid().issueTime(in(-600)).expirationTime(in(-120))));
        add(cases, "not yet valid (nbf)", () -> es384(valid().notBeforeTime(in(300)).expirationTime(in(600))));
        add(cases, "iat in the future", () -> es384(valid().issueTime(in(300)).expirationTime(in(600))));
        add(cases, "exp beyond the maximum token lifetime", () -> es384(valid().expirationTime(in(7200))));
        for (String claim : List.of("iss", "aud", "exp", "iat", "jti")) {
            add(cases, "missing " + claim, () -> es384(without(claim)));
        }
        add(cases, "exp not a number", () -> es384(valid().claim("exp", "tomorrow")));
        add(cases, "truncated signature", () -> {
            String token = es384(valid());
            return token.substring(0, token.length() - 8);
        });
        add(cases, "signature of another token", () -> {
            String[] parts = es384(valid()).split("\\.");
            String[] other = es384(valid().subject("someone")).split("\\.");
            return parts[0] + "." + parts[1] + "." + other[2];
        });
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String name, Supplier<String> authorization) {
        cases.add(Arguments.of(name, authorization));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIsRefusedWithABare401(String name, Supplier<String> authorization) {
        assertBare401(post(SERVICE, authorization.get(), body()));
    }

    private static void assertBare401(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"))
                .body("issue[0].diagnostics", equalTo("A valid CDS client JWT is required (CDS Hooks: Trusting CDS Clients)"));
    }

    @Test
    void badTokenMatrixHasAtLeastTwentyCases() {
        assertTrue(badTokens().count() >= 20);
    }

    @Test
    void discoveryServiceCallAndFeedbackEachNeedAToken() {
        assertBare401(given().noFilters().when().get(DISCOVERY).then());
        assertBare401(given().noFilters().contentType("application/json").body(body()).when().post(SERVICE).then());
        assertBare401(given().noFilters().contentType("application/json").body(feedback())
                .when().post(FEEDBACK).then());
    }

    @Test
    void es384TokenPassesOnDiscoveryServiceCallAndFeedback() {
        given().header("Authorization", es384(claims(ES384_ISSUER, audience(DISCOVERY))))
                .when().get(DISCOVERY).then().statusCode(200);
        post(SERVICE, es384(valid()), body()).statusCode(200);
        post(FEEDBACK, es384(claims(ES384_ISSUER, audience(FEEDBACK))), feedback()).statusCode(200);
    }

    @Test
    void rs384TokenWithItsAllowedJkuPasses() {
        post(SERVICE, rs384(header(JWSAlgorithm.RS384, rs384Key().getKeyID())
                .jwkURL(URI.create("https://ehr.test/rs384/jwks.json"))), body()).statusCode(200);
    }

    @Test
    void epicShapedTokenWithSubNbfAndAudArrayPasses() {
        post(SERVICE, es384(valid().subject("epic-client-id").notBeforeTime(in(-300))
                .audience(List.of("https://other.test", audience(SERVICE)))), body()).statusCode(200);
    }

    @Test
    void replayedJtiIsRefused() {
        String token = es384(valid());
        post(SERVICE, token, body()).statusCode(200);
        assertBare401(post(SERVICE, token, body()));
    }

    @Test
    void newKeyInTheClientsJwksFileIsAcceptedWithoutRestartAndARemovedOneIsNot() throws IOException {
        ECKey first = generate("rotating-" + UUID.randomUUID());
        ECKey second = generate("rotating-" + UUID.randomUUID());
        writeJwks(first);
        post(SERVICE, rotating(first), body()).statusCode(200);
        assertBare401(post(SERVICE, rotating(second), body()));

        writeJwks(first, second);
        post(SERVICE, rotating(second), body()).statusCode(200);

        writeJwks(second);
        assertBare401(post(SERVICE, rotating(first), body()));
        post(SERVICE, rotating(second), body()).statusCode(200);
    }

    @Test
    void refusalIsLoggedWithItsReasonButWithoutTheToken() {
        List<String> messages = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(String.valueOf(record.getMessage()) + " " + List.of(record.getParameters() == null
                        ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ClientAuthFilter.class.getName());
        logger.addHandler(capture);
        String token = es384(valid().issueTime(in(-600)).expirationTime(in(-120)));
        try {
            assertBare401(post(SERVICE, token, body()));
        } finally {
            logger.removeHandler(capture);
        }
        String logged = String.join("\n", messages);
        assertTrue(logged.contains("expired"), logged);
        assertFalse(logged.contains(token.substring(7, 40)), logged);
    }

    private static String rotating(ECKey key) {
        return bearer(sign(key, header(JWSAlgorithm.ES384, key.getKeyID()).build(),
                claims("https://ehr.test/rotating", audience(SERVICE)).build()));
    }

    private static void writeJwks(ECKey... keys) throws IOException {
        Files.createDirectories(ROTATING_JWKS.getParent());
        JWKSet set = new JWKSet(Stream.of(keys).map(k -> (JWK) k.toPublicJWK()).toList());
        Path temporary = ROTATING_JWKS.resolveSibling("rotating-jwks.json.tmp");
        Files.writeString(temporary, set.toString(true));
        Files.move(temporary, ROTATING_JWKS, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ECKey generate(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
