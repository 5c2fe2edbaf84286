package org.everycontact.opportunities;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The deployment after its clinical safety officer has checked and signed off the 2026/27 QOF ids. */
public class QofYear2026Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("everycontact.clinical.qof-editions.2026-27.signed-off", "true",
                "everycontact.clinical.version", "2026.11.1",
                "everycontact.clinical.signed-off-by", "Clinical safety officer (test)");
    }
}
