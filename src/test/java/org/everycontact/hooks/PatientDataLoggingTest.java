package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.everycontact.cards.CatalogueExamples;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.FhirTestServer;
import org.everycontact.support.FhirTestServer.Behaviour;
import org.everycontact.support.LogCapture;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * No NHS number, name, postcode, date of birth, token or resource body in any log line, at any level
 * (DEBUG and below opened for org.everycontact), over a full run of the example patients and the
 * error paths; and every log line of a call carries its request id and hookInstance (README "Logging").
 */
@QuarkusTest
class PatientDataLoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "/cds-services/everycontact";
    /** Fragments of FHIR JSON: a log line holding one is holding a resource body. */
    private static final List<String> RESOURCE_FRAGMENTS = List.of("\"resourceType\"", "\"identifier\"",
            "\"birthDate\"", "\"postalCode\"", "\"family\"", "\"given\"", "\"subject\"");
    private static final List<String> POSTCODES = List.of("M16 0RA", "m15 4ag", "SW1A9ZZ", "WA14 2EQ", "ZZ99 3VZ",
            "M33  7AB", "CF10 1AA");

    /** The values that must not be logged, each in its normalised form ({@link #normalised}). */
    private final Set<String> secrets = new LinkedHashSet<>();
    private int sequence;

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private String secret(String value) {
        secrets.add(normalised(value));
        return value;
    }

    /** A valid NHS number (modulus 11 check digit), a new one each time. */
    private String nhsNumber() {
        while (true) {
            String first = String.format("94%07d", 1000 + 37 * ++sequence);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return secret(first + check);
            }
        }
    }

    /** Gives the request's Patient a name, a valid NHS number and (unless it has one) a home postcode. */
    private CdsRequest identified(CdsRequest request) {
        ObjectNode patient = (ObjectNode) request.body().get("prefetch").get("patient");
        patient.putArray("name").addObject().put("family", secret("Quillfeatherby" + letters(sequence)))
                .putArray("given").add(secret("Ottoline" + letters(sequence)));
        patient.withArray("identifier").addObject().put("system", "https://fhir.nhs.uk/Id/nhs-number")
                .put("value", nhsNumber());
        if (!patient.has("address")) {
            patient.putArray("address").addObject().put("use", "home")
                    .put("postalCode", POSTCODES.get(sequence % POSTCODES.size()));
        }
        patient.withArray("address").forEach(address -> secret(address.get("postalCode").asText()));
        secret(patient.get("birthDate").asText());
        return request;
    }

    /** A name part of letters only, distinct per patient. */
    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int v = n + 26; v > 0; v /= 26) {
            letters.append((char) ('a' + v % 26));
        }
        return letters.toString();
    }

    private TestPatient named(TestPatient patient) {
        return patient.name(secret("Brackenthwaite" + letters(++sequence)), secret("Evangelina" + letters(sequence)))
                .nhsNumber(nhsNumber()).homePostcode(secret(POSTCODES.get(sequence % POSTCODES.size())));
    }

    private String token() {
        return secret("tok-" + UUID.randomUUID());
    }

    private static Response post(String path, String body, String requestId) {
        return given().contentType("application/json").header(RequestIds.HEADER, requestId).body(body)
                .when().post(path);
    }

    private static void assertNoSecretIn(List<LogCapture.Line> lines, Set<String> secrets) {
        List<String> leaks = new ArrayList<>();
        for (LogCapture.Line line : lines) {
            String text = normalised(line.text());
            secrets.stream().filter(text::contains).forEach(s -> leaks.add(s + " in " + line));
            RESOURCE_FRAGMENTS.stream().filter(f -> line.text().contains(f)).forEach(f -> leaks.add(f + " in " + line));
        }
        assertThat(leaks, empty());
    }

    @Test
    void everyLogLineOfAHookCallCarriesTheRequestIdAndTheHookInstance() {
        CdsRequest request = CdsRequest.patientView(TestPatient.born("1970-01-01"));
        String hookInstance = request.body().get("hookInstance").asText();
        try (LogCapture capture = LogCapture.allLevelsOf("org.everycontact")) {
            post(SERVICE, request.toString(), "call-7f3a").then().statusCode(200)
                    .header(RequestIds.HEADER, "call-7f3a");
            List<LogCapture.Line> ofTheCall = capture.lines().stream()
                    .filter(line -> "call-7f3a".equals(line.mdc().get(RequestIds.REQUEST_ID))).toList();
            assertThat(ofTheCall, not(empty()));
            assertThat(ofTheCall.stream().map(line -> line.mdc().get(RequestIds.HOOK_INSTANCE)).toList(),
                    everyItem(equalTo(hookInstance)));
        }
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByANewOne() {
        String body = CdsRequest.patientView(TestPatient.born("1970-01-01")).toString();
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        for (String unsafe : List.of("x".repeat(65), "Mrs Quill M15 4AG", "a;b", "a%0d%0aINFO forged")) {
            assertThat(post(SERVICE, body, unsafe).then().statusCode(200).extract().header(RequestIds.HEADER),
                    matchesPattern(uuid));
        }
        assertThat(given().get("/cds-services").then().statusCode(200).extract().header(RequestIds.HEADER),
                matchesPattern(uuid));
    }

    @Test
    void aFullRunOverTheExamplePatientsAndErrorPathsLogsNoPatientDataOrToken() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (LogCapture capture = LogCapture.allLevelsOf("org.everycontact");
             FhirTestServer server = new FhirTestServer()) {
            for (CatalogueExamples.Example example : CatalogueExamples.all()) {
                statuses.add(post(SERVICE, identified(example.request()).toString(), "ex-" + sequence).statusCode());
            }
            CdsRequest realistic = identified(CdsRequest.patientView(TestPatient.born("1968-04-12")).prefetch(
                    (ObjectNode) JSON.readTree(Files.readString(Path.of("examples/patient-view-request.json"))).get("prefetch")));
            realistic.context().put("patientId", realistic.body().get("prefetch").get("patient").get("id").asText());
            secret("1 Example Street");
            statuses.add(post(SERVICE, realistic.toString(), "realistic").statusCode());

            for (Behaviour behaviour : List.of(Behaviour.NORMAL, Behaviour.ERROR_500, Behaviour.INVALID_JSON,
                    Behaviour.REDIRECT)) {
                TestPatient patient = named(TestPatient.born(secret("1961-03-17")).bloodPressure("2020-06-01", 150, 95));
                server.serve(patient).behave("Observation", behaviour).redirectTo(server.baseUrl() + "/elsewhere");
                statuses.add(post(SERVICE, CdsRequest.patientView(patient).withoutPrefetch("observations", "conditions")
                        .fhirServer(server.baseUrl()).fhirAuthorization(token()).toString(), "fetch").statusCode());
            }
            statuses.addAll(errorPaths());
            assertThat(capture.lines().stream().filter(line -> line.mdc().containsKey(RequestIds.REQUEST_ID)).toList(),
                    hasSize(greaterThan(CatalogueExamples.all().size())));
            assertNoSecretIn(capture.lines(), secrets);
        }
        assertThat(statuses.stream().filter(s -> s >= 500).toList(), empty());
        assertThat(statuses.stream().filter(s -> s >= 400).count(), greaterThan(5L));
    }

    /** Calls that fail or warn, each carrying patient data where a careless log line would repeat it. */
    private List<Integer> errorPaths() {
        List<Integer> statuses = new ArrayList<>();
        TestPatient other = named(TestPatient.born(secret("1955-11-02")));
        TestPatient badNhs = TestPatient.born(secret("1977-07-07")).name(secret("Pemberton-Ashdown"), secret("Wilhelmina"))
                .nhsNumber(secret("1000000010")).homePostcode(secret("SW1A 9ZZ"));
        TestPatient strangerInRecord = named(TestPatient.born(secret("1948-08-08")));
        strangerInRecord.add(new Observation().setSubject(new Reference("Patient/someone-else")).setId("stray"));
        String complete = identified(CdsRequest.patientView(other)).toString();
        ObjectNode invalidBirthDate = (ObjectNode) identified(CdsRequest.patientView(TestPatient.born("1950-01-01"))).body();
        ((ObjectNode) invalidBirthDate.get("prefetch").get("patient")).put("birthDate", secret("1950-02-31"));
        ObjectNode hookInstanceWithName = identified(CdsRequest.patientView(TestPatient.born("1950-01-01"))).body();
        hookInstanceWithName.put("hookInstance", "for " + secret("Montgomerie") + " " + secret("M15 4AG"));
        ObjectNode patientAsText = identified(CdsRequest.patientView(TestPatient.born("1950-01-01"))).body();
        ((ObjectNode) patientAsText.get("prefetch")).put("patient", patientAsText.get("prefetch").get("patient").toString());
        for (String body : List.of(
                CdsRequest.patientView(badNhs).toString(),
                CdsRequest.patientView(strangerInRecord).toString(),
                complete.substring(0, complete.length() / 2),
                complete.replace("\"Patient\"", "\"Patient\",\"gender\":42"),
                invalidBirthDate.toString(),
                hookInstanceWithName.toString(),
                patientAsText.toString(),
                identified(CdsRequest.patientView(TestPatient.born("1950-01-01"))).withoutPrefetch("observations").toString())) {
            statuses.add(post(SERVICE, body, "err-" + statuses.size()).statusCode());
        }
        statuses.add(post("/cds-services/" + "M154AG", complete, "unknown-service").statusCode());
        statuses.add(given().contentType("text/plain").body(complete).post(SERVICE).statusCode());
        ObjectNode feedback = JSON.createObjectNode();
        ObjectNode item = feedback.putArray("feedback").addObject().put("card", UUID.randomUUID().toString())
                .put("outcome", "overridden").put("outcomeTimestamp", "2026-11-26T10:16:02Z");
        item.putObject("overrideReason").put("userComment", secret("Mrs Quillfeatherby") + " of " + secret("M16 0RA"));
        statuses.add(post(SERVICE + "/feedback", feedback.toString(), "feedback").statusCode());
        item.put("outcome", secret("Quillfeatherby-Ottoline"));
        statuses.add(post(SERVICE + "/feedback", feedback.toString(), "bad-feedback").statusCode());
        statuses.add(given().get("/deprivation/" + secret("WA14 2EQ").replace(" ", "%20")).statusCode());
        statuses.add(given().get("/deprivation/" + secret("NOT1 A POSTCODE").replace(" ", "%20")).statusCode());
        return statuses;
    }
}
