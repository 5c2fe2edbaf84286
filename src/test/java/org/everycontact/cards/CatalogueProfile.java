package org.everycontact.cards;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The configuration the card catalogue is generated with: the shipped defaults plus one example
 * autumn 2026 COVID-19 campaign. The shipped configuration has none (clinical-spec §12 item 1,
 * T-VAC-13), so without it the COVID-19 card could not be shown for review.
 */
public class CatalogueProfile implements QuarkusTestProfile {

    private static final String CAMPAIGN = "everycontact.clinical.vaccines.campaigns.covid-autumn-2026-example.";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(CAMPAIGN + "programme", "covid",
                CAMPAIGN + "label", "autumn 2026",
                CAMPAIGN + "start", "2026-10-01",
                CAMPAIGN + "end", "2027-01-31",
                CAMPAIGN + "age-anchor", "2027-01-31",
                CAMPAIGN + "eligible-age", "75",
                CAMPAIGN + "signed-off", "true",
                CAMPAIGN + "sign-off", "Example campaign for the card catalogue only, not shipped");
    }
}
