package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * Sends a seeded stream of malformed and mutated requests to every endpoint: truncated and garbled
 * JSON, wrong types, huge strings, deep nesting, mutated prefetch Bundles, bad and duplicate headers,
 * wrong content types, bodies near and over the limit, unknown services and bad feedback. None may
 * answer 5xx or hang; every error of ours is an OperationOutcome; the service is ready afterwards.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = 20261126L;
    private static final int REQUESTS = 1200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SERVICE = "/cds-services/everycontact";
    private static final String FEEDBACK = SERVICE + "/feedback";
    /** The statuses our resources answer with an OperationOutcome. */
    private static final Set<Integer> OURS = Set.of(400, 404, 405, 406, 412, 413, 415);
    private static final long BODY_LIMIT = 10L * 1024 * 1024;
    private static final RestAssuredConfig TIMEOUTS = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 15_000));
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/fhir+json",
            "text/plain", "application/xml", "application/octet-stream", "application/json; charset=utf-16",
            "application/x-www-form-urlencoded", "*/*", "garbage");

    private static final String GARBLE = "{}[]\",:\\0x\u00e9\u0001 ";

    private final Random random = new Random(SEED);

    /** One request to send: its description (for a failure report) and how to send it. */
    private record Probe(String what, Supplier<Response> send) {
    }

    @Test
    void malformedAndMutatedRequestsNeverCauseAServerErrorOrHang() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Probe probe = next(i);
            Response response = probe.send().get();
            sent++;
            check(i, probe.what(), response).ifPresent(failures::add);
        }
        for (long size : List.of(BODY_LIMIT - 4096, BODY_LIMIT + 1, BODY_LIMIT * 2)) {
            String body = padded(validHook(), size);
            check(-1, "body of " + size + " bytes", json().body(body).post(SERVICE)).ifPresent(failures::add);
            sent++;
        }
        assertThat(sent, greaterThanOrEqualTo(1000));
        assertThat(failures.subList(0, Math.min(20, failures.size())), empty());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static java.util.Optional<String> check(int i, String what, Response response) {
        int status = response.statusCode();
        String where = "#" + i + " " + what + " -> " + status;
        if (status >= 500) {
            return java.util.Optional.of(where + " " + abbreviated(response.asString()));
        }
        if (OURS.contains(status)) {
            String type = response.contentType();
            String body = response.asString();
            if (type == null || !type.startsWith(OperationOutcomes.FHIR_JSON) || !body.contains("\"OperationOutcome\"")) {
                return java.util.Optional.of(where + " not an OperationOutcome: " + type + " " + abbreviated(body));
            }
        }
        return java.util.Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static RequestSpecification json() {
        return given().config(TIMEOUTS).contentType("application/json");
    }

    private Probe next(int i) {
        return switch (random.nextInt(12)) {
            case 0 -> textProbe("truncated hook", SERVICE, truncate(validHook().toString()));
            case 1 -> textProbe("garbled hook", SERVICE, garble(validHook().toString()));
            case 2, 3 -> mutated("hook", SERVICE, validHook());
            case 4 -> mutatedPrefetch();
            case 5 -> mutated("feedback", FEEDBACK, validFeedback());
            case 6 -> textProbe("garbled feedback", FEEDBACK, garble(validFeedback().toString()));
            case 7 -> deepNesting();
            case 8 -> headerProbe();
            case 9 -> otherEndpoint();
            case 10 -> randomBytes();
            default -> textProbe("huge string", SERVICE, withHugeString(validHook()).toString());
        };
    }

    private Probe textProbe(String what, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Probe(what + ": " + abbreviated(body), () -> json().body(bytes).post(path));
    }

    private Probe mutated(String what, String path, ObjectNode body) {
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutate(body);
        }
        return textProbe("mutated " + what, path, body.toString());
    }

    /** A prefetch Bundle or Patient with a value changed, an entry duplicated or retyped, or a bad link. */
    private Probe mutatedPrefetch() {
        ObjectNode body = validHook();
        ObjectNode prefetch = (ObjectNode) body.get("prefetch");
        List<String> keys = new ArrayList<>();
        prefetch.fieldNames().forEachRemaining(keys::add);
        JsonNode target = prefetch.get(keys.get(random.nextInt(keys.size())));
        switch (random.nextInt(6)) {
            case 0 -> ((ObjectNode) target).put("resourceType", pick("Bundle", "Patient", "Observation",
                    "OperationOutcome", "Nonsense", "", "bundle"));
            case 1 -> {
                if (target.has("entry") && !target.get("entry").isEmpty()) {
                    ArrayNode entries = (ArrayNode) target.get("entry");
                    entries.add(entries.get(0).deepCopy());
                    ((ObjectNode) entries.get(0)).set("resource", randomValue());
                } else {
                    ((ObjectNode) target).set("entry", randomValue());
                }
            }
            case 2 -> ((ObjectNode) target).putArray("link").addObject().put("relation", "next")
                    .put("url", pick("javascript:alert(1)", "http://[::1", "", "file:///etc/passwd", "ftp://x/y",
                            "http://127.0.0.1:1/fhir/Observation?page=2", "%zz"));
            case 3 -> ((ObjectNode) target).put("total", pick(-1, Integer.MAX_VALUE, 0));
            case 4 -> body.put("fhirServer", pick("http://127.0.0.1:1/fhir", "https://", "not a url", "http:///x",
                    "https://[::1]:0/fhir", "file:///etc"));
            default -> mutate((ContainerNode<?>) target);
        }
        return textProbe("mutated prefetch", SERVICE, body.toString());
    }

    private Probe randomBytes() {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        String path = random.nextBoolean() ? SERVICE : FEEDBACK;
        return new Probe("random bytes", () -> json().body(bytes).post(path));
    }

    private Probe deepNesting() {
        int depth = pick(50, 600, 1200, 5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        ObjectNode body = validHook();
        String text = body.toString();
        String mutated = switch (random.nextInt(3)) {
            case 0 -> text.replaceFirst("\"context\":", "\"deep\":" + nested + ",\"context\":");
            case 1 -> text.replaceFirst("\"resourceType\":\"Patient\"",
                    "\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"http://x\",\"valueString\":" + nested + "}]");
            default -> nested;
        };
        return textProbe("nesting " + depth, random.nextBoolean() ? SERVICE : FEEDBACK, mutated);
    }

    private Probe headerProbe() {
        String body = validHook().toString();
        List<Header> headers = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0 -> {
                headers.add(new Header("X-Request-ID", randomText(20)));
                headers.add(new Header("X-Request-ID", "x".repeat(random.nextInt(2000))));
            }
            case 1 -> headers.add(new Header("Accept", pick("application/xml", "text/html", "*/*", "application/fhir+json",
                    "garbage/", ";;;")));
            case 2 -> headers.add(new Header("Authorization", pick("Bearer", "Bearer " + "a".repeat(4000), "Basic Og==",
                    "Bearer a.b.c")));
            case 3 -> headers.add(new Header("X-Anything", "v".repeat(random.nextInt(6000))));
            default -> headers.add(new Header("Content-Encoding", pick("gzip", "br", "identity")));
        }
        String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        EncoderConfig asText = EncoderConfig.encoderConfig().encodeContentTypeAs(type, ContentType.TEXT);
        return new Probe("headers " + headers.size() + " " + type, () -> given().config(TIMEOUTS.encoderConfig(asText))
                .contentType(type).headers(new Headers(headers)).body(body).post(SERVICE));
    }

    private Probe otherEndpoint() {
        String id = pick("unknown", "everycontact2", "EVERYCONTACT", "..", "%2e%2e", "a".repeat(300), "x%00y",
                UUID.randomUUID().toString());
        byte[] body = validHook().toString().getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> new Probe("post unknown service " + id, () -> json().body(body).post("/cds-services/" + id));
            case 1 -> new Probe("feedback unknown service " + id, () -> json().body(body).post("/cds-services/" + id + "/feedback"));
            case 2 -> new Probe("get service", () -> given().config(TIMEOUTS).get(SERVICE));
            case 3 -> new Probe("put discovery", () -> json().body(body).put("/cds-services"));
            case 4 -> new Probe("discovery with a body", () -> json().body(body).get("/cds-services"));
            case 5 -> new Probe("deprivation", () -> given().config(TIMEOUTS).get("/deprivation/"
                    + pick("M15%204AG", "%20", "ZZ99%203VZ", "a".repeat(500), "%00", "M15%0A4AG", "%E2%82%AC")));
            default -> new Probe("delete service", () -> given().config(TIMEOUTS).delete(SERVICE));
        };
    }

    private ObjectNode validHook() {
        TestPatient patient = TestPatient.born("1960-01-01").nhsNumber("9434765919").homePostcode("M15 4AG")
                .bloodPressure("2020-06-01T10:00:00Z", 150, 95).condition(TestPatient.SNOMED, "53741008", "2015-01-01")
                .medicationRequestReferring("https://dmd.nhs.uk", "320030001", "2026-10-01")
                .immunization("http://hl7.org/fhir/sid/cvx", "140", "2026-10-12");
        String hook = pick("patient-view", "encounter-start", "appointment-book");
        return CdsRequest.hook(hook, patient).body();
    }

    private ObjectNode validFeedback() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode item = body.putArray("feedback").addObject().put("card", UUID.randomUUID().toString())
                .put("outcome", pick("accepted", "overridden")).put("outcomeTimestamp", "2026-11-26T10:16:02Z");
        item.putObject("overrideReason").put("userComment", "x").putObject("reason")
                .put("system", "https://everycontact.org/fhir/CodeSystem/override-reason").put("code", "patient-declined");
        item.putArray("acceptedSuggestions").addObject().put("id", UUID.randomUUID().toString());
        return body;
    }

    /** Replaces, removes or adds one value somewhere in the tree. */
    private void mutate(ContainerNode<?> root) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            if (fields.isEmpty() || random.nextInt(5) == 0) {
                object.set(pick("resourceType", "id", "entry", "hook", "extra", "context", "status"), randomValue());
            } else if (random.nextInt(4) == 0) {
                object.remove(fields.get(random.nextInt(fields.size())));
            } else {
                object.set(fields.get(random.nextInt(fields.size())), randomValue());
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(randomValue());
            } else {
                array.set(random.nextInt(array.size()), randomValue());
            }
        }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container) {
            into.add(container);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, into));
        }
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(pick(-1L, 0L, Long.MAX_VALUE, 1L << 53));
            case 3 -> NODES.numberNode(pick(1e308, -0.0, 3.14159, 1e-320));
            case 4 -> NODES.textNode(randomText(random.nextInt(30)));
            case 5 -> NODES.textNode(pick("", " ", "2020-13-45", "2020-02-30T25:61:00Z", "Patient/", "#", "urn:uuid:",
                    "Patient/../../x", "\u0000", "\uFFFF", "\uD800", "null", "9999-12-31", "-0001-01-01"));
            case 6 -> NODES.textNode("z".repeat(pick(1000, 70_000)));
            case 7 -> NODES.arrayNode().add(randomText(5)).add(7);
            case 8 -> NODES.objectNode().put("resourceType", pick("Patient", "Bundle", "Observation", "Medication",
                    "OperationOutcome", "Nope"));
            case 9 -> NODES.objectNode();
            default -> NODES.arrayNode();
        };
    }

    private ObjectNode withHugeString(ObjectNode body) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(body, containers);
        ContainerNode<?> container = containers.get(random.nextInt(containers.size()));
        JsonNode huge = NODES.textNode("h".repeat(pick(100_000, 1_000_000, 3_000_000)));
        if (container instanceof ObjectNode object) {
            object.set(object.fieldNames().hasNext() ? object.fieldNames().next() : "huge", huge);
        } else {
            ((ArrayNode) container).add(huge);
        }
        return body;
    }

    private String truncate(String text) {
        return text.substring(0, random.nextInt(text.length()));
    }

    private String garble(String text) {
        StringBuilder garbled = new StringBuilder(text);
        int changes = 1 + random.nextInt(8);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(garbled.length());
            garbled.setCharAt(at, GARBLE.charAt(random.nextInt(GARBLE.length())));
        }
        return garbled.toString();
    }

    private String randomText(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A valid request padded with an unknown top-level field to about {@code size} bytes. */
    private static String padded(ObjectNode request, long size) {
        String text = request.toString();
        return "{\"padding\":\"" + "x".repeat((int) Math.max(0, size - text.length() - 14)) + "\"," + text.substring(1);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
