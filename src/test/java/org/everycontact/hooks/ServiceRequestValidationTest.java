package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.entity.HttpEntityWrapper;
import org.apache.http.impl.client.DefaultHttpClient;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.Topics;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * Invalid service requests and wrong HTTP usage: each is refused with the right 4xx and an
 * OperationOutcome naming the field, never a 500 or a stack trace (README "Errors"; guide §1.3, §1.5).
 */
@QuarkusTest
class ServiceRequestValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "/cds-services/everycontact";
    private static final long OVER_LIMIT = 11L * 1024 * 1024;

    private static CdsRequest valid() {
        return CdsRequest.patientView(TestPatient.born("1970-01-01"));
    }

    private static CdsRequest valid(String hook) {
        return CdsRequest.hook(hook, TestPatient.born("1970-01-01"));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).when().post(SERVICE).then();
    }

    private static ValidatableResponse post(CdsRequest request) {
        return post(request.toString());
    }

    private static ValidatableResponse outcome(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body(allOf(not(containsString("Exception")), not(containsString("at org.")),
                        not(containsString("at java."))));
    }

    private static ValidatableResponse invalid(ValidatableResponse response) {
        return outcome(response, 400, "invalid");
    }

    private static void invalid(ValidatableResponse response, String expression) {
        invalid(response).body("issue[0].expression", hasItem(expression));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void malformedJsonIsRefused() {
        invalid(post("{\"hook\": \"patient-view\", \"context\": {"));
    }

    @Test
    void jsonArrayBodyIsRefused() {
        invalid(post("[" + valid() + "]"));
    }

    @Test
    void emptyBodyIsRefused() {
        invalid(post(""));
    }

    @Test
    void missingHookIsRefusedNamingHook() {
        CdsRequest request = valid();
        request.body().remove("hook");
        invalid(post(request), "hook");
    }

    @Test
    void hookTheServiceDoesNotOfferIsRefusedNamingHook() {
        CdsRequest request = valid();
        request.body().put("hook", "order-sign");
        invalid(post(request), "hook");
    }

    @Test
    void missingHookInstanceIsRefusedNamingHookInstance() {
        CdsRequest request = valid();
        request.body().remove("hookInstance");
        invalid(post(request), "hookInstance");
    }

    @Test
    void overlongHookInstanceIsRefusedNamingHookInstance() {
        CdsRequest request = valid();
        request.body().put("hookInstance", "h".repeat(101));
        invalid(post(request), "hookInstance");
    }

    @Test
    void missingContextIsRefusedNamingContext() {
        CdsRequest request = valid();
        request.body().remove("context");
        invalid(post(request), "context");
    }

    @Test
    void contextThatIsNotAnObjectIsRefusedNamingContext() {
        CdsRequest request = valid();
        request.body().put("context", "Patient/pat-1");
        invalid(post(request), "context");
    }

    @Test
    void missingPatientIdIsRefusedNamingIt() {
        CdsRequest request = valid();
        request.context().remove("patientId");
        invalid(post(request), "context.patientId");
    }

    @Test
    void nonStringPatientIdIsRefusedNamingIt() {
        CdsRequest request = valid();
        request.context().putObject("patientId").put("reference", "Patient/pat-1");
        invalid(post(request), "context.patientId");
    }

    @Test
    void missingUserIdIsRefusedNamingIt() {
        CdsRequest request = valid();
        request.context().remove("userId");
        invalid(post(request), "context.userId");
    }

    @Test
    void userIdWithoutResourceTypeIsRefusedNamingIt() {
        CdsRequest request = valid();
        request.context().put("userId", "gp-1");
        invalid(post(request), "context.userId");
    }

    @Test
    void userIdOfAWrongResourceTypeIsRefusedNamingIt() {
        CdsRequest request = valid();
        request.context().put("userId", "Device/1");
        invalid(post(request), "context.userId");
    }

    @Test
    void patientUserIdIsRefusedForEncounterStart() {
        CdsRequest request = valid("encounter-start");
        request.context().put("userId", "Patient/pat-1");
        invalid(post(request), "context.userId");
    }

    @Test
    void encounterStartWithoutEncounterIdIsRefusedNamingIt() {
        CdsRequest request = valid("encounter-start");
        request.context().remove("encounterId");
        invalid(post(request), "context.encounterId");
    }

    @Test
    void appointmentBookWithoutAppointmentsIsRefusedNamingIt() {
        CdsRequest request = valid("appointment-book");
        request.context().remove("appointments");
        invalid(post(request), "context.appointments");
    }

    @Test
    void appointmentsThatAreNotABundleAreRefusedNamingThem() {
        CdsRequest request = valid("appointment-book");
        request.context().put("appointments", "Appointment/apt-1");
        invalid(post(request), "context.appointments");
    }

    @Test
    void fhirAuthorizationWithoutFhirServerIsRefusedNamingFhirServer() {
        invalid(post(valid().fhirAuthorization("secret-token")), "fhirServer");
    }

    @Test
    void fhirAuthorizationWithoutAccessTokenIsRefusedNamingIt() {
        CdsRequest request = valid().fhirServer("https://ehr.example.org/fhir").fhirAuthorization("secret-token");
        ((ObjectNode) request.body().get("fhirAuthorization")).remove("access_token");
        invalid(post(request), "fhirAuthorization.access_token");
    }

    @Test
    void tokenTypeOtherThanBearerIsRefusedNamingIt() {
        CdsRequest request = valid().fhirServer("https://ehr.example.org/fhir").fhirAuthorization("secret-token");
        ((ObjectNode) request.body().get("fhirAuthorization")).put("token_type", "MAC");
        invalid(post(request), "fhirAuthorization.token_type");
    }

    @Test
    void refusalNeverEchoesTheAccessToken() {
        CdsRequest request = valid().fhirServer("https://ehr.example.org/fhir").fhirAuthorization("secret-token-42");
        ((ObjectNode) request.body().get("fhirAuthorization")).put("token_type", "MAC");
        invalid(post(request)).body(not(containsString("secret-token-42")));
    }

    @Test
    void fhirServerThatIsNotAUrlIsRefusedNamingIt() {
        invalid(post(valid().fhirServer("not a url")), "fhirServer");
    }

    @Test
    void relativeFhirServerIsRefusedNamingIt() {
        invalid(post(valid().fhirServer("/fhir")), "fhirServer");
    }

    @Test
    void ftpFhirServerIsRefusedNamingIt() {
        invalid(post(valid().fhirServer("ftp://ehr.example.org/fhir")), "fhirServer");
    }

    @Test
    void prefetchValueThatIsAStringIsRefusedNamingTheKey() {
        invalid(post(valid().prefetchValue("observations", new TextNode("Observation?patient=pat-1"))),
                "prefetch.observations");
    }

    @Test
    void prefetchWithAnInvalidFhirValueIsRefusedNamingTheKey() {
        invalid(post(valid().prefetchValue("patient",
                json("{\"resourceType\":\"Patient\",\"id\":\"pat-1\",\"birthDate\":\"1970-01-01\",\"gender\":\"banana\"}"))),
                "prefetch.patient");
    }

    @Test
    void prefetchBundleWithAnInvalidEntryIsRefusedNamingTheKey() {
        TestPatient patient = TestPatient.born("1970-01-01").bloodPressure("2024-01-01", 130, 80);
        CdsRequest request = CdsRequest.patientView(patient);
        ((ObjectNode) request.body().at("/prefetch/observations/entry/0/resource")).put("status", "banana");
        invalid(post(request), "prefetch.observations");
    }

    @Test
    void prefetchOfAnUnknownResourceTypeIsRefusedNamingTheKey() {
        invalid(post(valid().prefetchValue("observations", json("{\"resourceType\":\"NoSuchType\"}"))),
                "prefetch.observations");
    }

    @Test
    void prefetchObjectWithoutResourceTypeIsRefusedNamingTheKey() {
        invalid(post(valid().prefetchValue("conditions", json("{\"entry\":[]}"))), "prefetch.conditions");
    }

    @Test
    void unknownServiceIsNotFound() {
        outcome(given().contentType("application/json").body(valid().toString())
                .when().post("/cds-services/no-such-service").then(), 404, "not-found");
    }

    @Test
    void unknownPathIsNotFound() {
        outcome(given().when().get("/no-such-path").then(), 404, "not-found");
    }

    @Test
    void getOnTheServiceIsMethodNotAllowed() {
        outcome(given().when().get(SERVICE).then(), 405, "not-supported");
    }

    @Test
    void deleteOnDiscoveryIsMethodNotAllowed() {
        outcome(given().when().delete("/cds-services").then(), 405, "not-supported");
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        given().when().get(SERVICE).then().statusCode(405).header("Allow", containsString("POST"));
        given().when().delete("/cds-services").then().statusCode(405).header("Allow", containsString("GET"));
    }

    @Test
    void textPlainBodyIsUnsupportedMediaType() {
        outcome(given().contentType("text/plain").body(valid().toString()).when().post(SERVICE).then(),
                415, "not-supported");
    }

    @Test
    void bodyOverTheLimitIsTooLarge() {
        outcome(post(padded(OVER_LIMIT)), 413, "too-costly");
    }

    @Test
    void chunkedBodyOverTheLimitIsTooLarge() {
        outcome(given().config(chunked()).contentType("application/json").body(padded(OVER_LIMIT))
                .when().post(SERVICE).then(), 413, "too-costly");
    }

    @Test
    void bodyJustUnderTheLimitIsAccepted() {
        post(padded(9L * 1024 * 1024)).statusCode(200);
    }

    @Test
    void unknownPropertiesAndExtensionsAreIgnored() {
        CdsRequest request = valid();
        ObjectNode body = request.body();
        body.putObject("extension").put("com.epic.cdshooks.request.bpa-trigger-action", "23")
                .putObject("com.example.nested").putArray("values").add(1);
        body.put("unknownTopLevel", true);
        body.putArray("anotherUnknown").add("x");
        request.context().putObject("extension").put("com.epic.cdshooks.request.criteria-id", "42");
        request.context().put("unknownContextField", "ignored");
        request.context().putObject("selections").put("odd", 1);
        request.fhirServer("https://ehr.example.org/fhir").fhirAuthorization("secret-token");
        ObjectNode auth = (ObjectNode) body.get("fhirAuthorization");
        auth.put("patient", "pat-1");
        auth.putObject("extension").put("com.example.auth", "x");
        request.prefetchValue("notRequestedByUs", json("{\"resourceType\":\"Basic\",\"id\":\"b1\"}"));
        post(request).statusCode(200)
                .body(Topics.PROBE, contains("R-HTN-03"));
    }

    @Test
    void fhirExtensionsInsidePrefetchedResourcesAreIgnored() {
        CdsRequest request = valid();
        ObjectNode patient = (ObjectNode) request.body().get("prefetch").get("patient");
        patient.putArray("extension").addObject()
                .put("url", "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory")
                .putObject("valueCodeableConcept").putArray("coding").addObject()
                .put("system", "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory").put("code", "A");
        patient.put("unknownFhirElement", "ignored");
        post(request).statusCode(200)
                .body(Topics.PROBE, contains("R-HTN-03"));
    }

    /** Sends request bodies with Transfer-Encoding: chunked and no Content-Length. */
    @SuppressWarnings("deprecation")
    private static RestAssuredConfig chunked() {
        return RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig().httpClientFactory(() -> {
            DefaultHttpClient client = new DefaultHttpClient();
            client.addRequestInterceptor((request, context) -> {
                if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null) {
                    enclosing.setEntity(new HttpEntityWrapper(enclosing.getEntity()) {
                        @Override
                        public boolean isChunked() {
                            return true;
                        }

                        @Override
                        public long getContentLength() {
                            return -1;
                        }
                    });
                }
            }, 0);
            return client;
        }));
    }

    /** A valid request padded with an unknown top-level field to about {@code size} bytes. */
    private static String padded(long size) {
        String request = valid().toString();
        int padding = (int) (size - request.length());
        return "{\"padding\":\"" + "x".repeat(padding) + "\"," + request.substring(1);
    }

    @Test
    void patientIdThatIsNotAFhirIdIsRefusedBeforeAnyQueryIsBuilt() {
        CdsRequest request = valid();
        request.context().put("patientId", "x&patient=someone-else");
        invalid(post(request), "context.patientId");
    }
}
