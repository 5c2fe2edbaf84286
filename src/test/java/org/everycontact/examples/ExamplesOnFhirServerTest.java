package org.everycontact.examples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.HapiFhirServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example patients loaded into a real FHIR server on loopback (HAPI's RESTful server) with the
 * documented command, {@code scripts/load-examples.sh}, then called with {@code fhirServer} and
 * {@code fhirAuthorization} and no prefetch: the service fetches each record and produces what the
 * example states, as {@link ExamplePatientsTest} shows it does from prefetch. The IMD2019 examples are
 * in {@link ExamplesOnFhirServerImd2019Test}.
 */
@QuarkusTest
class ExamplesOnFhirServerTest {

    static final String TOKEN = "ehr-access-token";

    private static HapiFhirServer server;
    private static LoadedExamples loaded;

    @BeforeAll
    static void loadAllExamples() throws Exception {
        server = new HapiFhirServer(TOKEN);
        loaded = LoadedExamples.load(server, TOKEN, List.of());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    static Stream<Path> examples() throws IOException {
        return ExampleRun.files("IMD2025");
    }

    @Test
    void theCommandLoadsEveryExampleByDefault() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(ExampleBundles.FOLDER))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".json")).count(), loaded.count());
        }
    }

    @Test
    void theCommandFailsWhenTheServerRefusesAFile() {
        Path example = Path.of(ExampleBundles.FOLDER, "wales-child.json");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> LoadedExamples.load(server, "not-the-token", List.of(example)));
        assertThat(failure.getMessage(), containsString("wales-child.json: HTTP 401"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void producesWhatItStatesFromTheFhirServer(Path example) throws IOException {
        ExampleRun.checkFetched(example, loaded.patientId(example), server.baseUrl(), TOKEN);
    }

    @Test
    void aPatientTheServerDoesNotHoldIsPreconditionFailed() {
        given().contentType("application/json")
                .body(CdsRequest.patientView("not-on-the-server").fhirServer(server.baseUrl())
                        .fhirAuthorization(TOKEN).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(412)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("processing"))
                .body("issue[0].expression", contains("prefetch.patient"));
    }

    @Test
    void theServerRefusesASearchItDoesNotSupport() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/Observation?patient=any&code=8480-6"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertThat(response.body(), containsString("code"));
    }
}
