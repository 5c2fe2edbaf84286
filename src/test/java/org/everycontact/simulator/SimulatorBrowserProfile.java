package org.everycontact.simulator;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A dev or demo deployment: CDS client authentication off, so the page calls hooks without a token. */
public class SimulatorBrowserProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("everycontact.auth.enabled", "false");
    }
}
