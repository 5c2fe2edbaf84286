package org.everycontact.cards;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A practice in ICB QOP whose directory lists a pharmacy blood pressure service, and Trafford (E08000009)
 * listing its own. The URLs are examples, not real services.
 */
public class LocalServicesProfile implements QuarkusTestProfile {

    static final String ICB_URL = "https://example.org/qop/pharmacy-blood-pressure";
    static final String DISTRICT_URL = "https://example.org/trafford/pharmacy-blood-pressure";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "everycontact.cohorts.icb", "QOP",
                "everycontact.services.icbs.QOP.pharmacy-blood-pressure.label", "QOP community pharmacy BP checks",
                "everycontact.services.icbs.QOP.pharmacy-blood-pressure.url", ICB_URL,
                "everycontact.services.districts.E08000009.pharmacy-blood-pressure.label", "Trafford pharmacy BP checks",
                "everycontact.services.districts.E08000009.pharmacy-blood-pressure.url", DISTRICT_URL);
    }
}
