package org.everycontact.simulator;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production setting: the simulator off. */
public class SimulatorDisabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("everycontact.simulator.enabled", "false");
    }
}
