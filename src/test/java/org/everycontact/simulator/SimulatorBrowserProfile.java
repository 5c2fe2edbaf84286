package org.everycontact.simulator;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A dev or demo deployment: CDS client authentication off, so the page calls hooks without a token, and
 * the loopback test FHIR servers allowed as fhirServer.
 */
public class SimulatorBrowserProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("everycontact.auth.enabled", "false",
                "everycontact.auth.dev-fhir-servers", "http://127.0.0.1:*/fhir");
    }
}
