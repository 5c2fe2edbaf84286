package org.everycontact.examples;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.everycontact.support.HapiFhirServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples stated for IMD2019, loaded by name with {@code scripts/load-examples.sh} into a FHIR server
 * on loopback and fetched from it, with the service configured for IMD2019.
 */
@QuarkusTest
@TestProfile(ExamplePatientsImd2019Test.Imd2019.class)
class ExamplesOnFhirServerImd2019Test {

    private static HapiFhirServer server;
    private static LoadedExamples loaded;

    @BeforeAll
    static void loadTheImd2019Examples() throws Exception {
        server = new HapiFhirServer(ExamplesOnFhirServerTest.TOKEN);
        loaded = LoadedExamples.load(server, ExamplesOnFhirServerTest.TOKEN, examples().toList());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    static Stream<Path> examples() throws IOException {
        return ExampleRun.files("IMD2019");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void producesWhatItStatesFromTheFhirServer(Path example) throws IOException {
        ExampleRun.checkFetched(example, loaded.patientId(example), server.baseUrl(), ExamplesOnFhirServerTest.TOKEN);
    }
}
