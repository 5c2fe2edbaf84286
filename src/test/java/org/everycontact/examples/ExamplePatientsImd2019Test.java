package org.everycontact.examples;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example patients whose Bundles state IMD2019, run with {@code everycontact.deprivation.imd-edition=IMD2019}. */
@QuarkusTest
@TestProfile(ExamplePatientsImd2019Test.Imd2019.class)
class ExamplePatientsImd2019Test {

    public static class Imd2019 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.deprivation.imd-edition", "IMD2019");
        }
    }

    static Stream<Path> examples() throws IOException {
        return ExampleRun.files("IMD2019");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void producesWhatItStates(Path example) throws IOException {
        ExampleRun.check(example);
    }
}
