package org.everycontact.examples;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example patient of fhir-profiles/examples, as its file is committed, produces exactly the
 * findings (and the Core20, decile, national index and no-fixed-abode facts) its Bundle states, on the
 * as-of date it states, with the default IMD edition (IMD2025). {@link ExamplePatientsImd2019Test}
 * runs the examples stated for IMD2019.
 */
@QuarkusTest
class ExamplePatientsTest {

    static Stream<Path> examples() throws IOException {
        return ExampleRun.files("IMD2025");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void producesWhatItStates(Path example) throws IOException {
        ExampleRun.check(example);
    }
}
