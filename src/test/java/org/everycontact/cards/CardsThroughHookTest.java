package org.everycontact.cards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * Cards as a client receives them from the hook (clinical-spec §7 C1, C2, R-PRI-01; §9.4): merged
 * findings arrive as one card, and a patient with many opportunities sees the highest-ranked cards up
 * to the configured cap and one "more" card.
 */
@QuarkusTest
class CardsThroughHookTest {

    /** M15 4AG: an LSOA in IMD2025 decile 1 in the shipped reference data. */
    private static final String CORE20_POSTCODE = "M15 4AG";
    private static final String COPD = "13645005";
    private static final String SCHIZOPHRENIA = "58214004";
    private static final String SMOKER = "77176002";

    @ConfigProperty(name = "everycontact.cards.max-per-hook")
    int maxPerHook;

    private static JsonPath call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200)
                .body("cards.collect { it.summary.length() }", everyItem(lessThan(140)))
                .extract().jsonPath();
    }

    @Test
    void C2_copdVaccinesDueArriveAsOneRespiratoryCard() {
        JsonPath response = call(TestPatient.born("1986-06-01").condition(TestPatient.SNOMED, COPD, "2019-03-01"));

        assertThat(response.getList("cards.source.topic.code.findAll { it.startsWith('R-RESP') || "
                + "it.startsWith('R-VAC') }"), contains("R-RESP-01"));
        assertEquals(List.of("R-RESP-01"), response.getList(
                "cards.find { it.source.topic.code == 'R-RESP-01' }.extension.'org.everycontact.findings'"));
    }

    @Test
    void C2_smiChecksDueArriveAsOneCard() {
        JsonPath response = call(TestPatient.born("1980-07-01")
                .condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2015-01-01"));

        assertThat(response.getList("cards.source.topic.code.findAll { it.startsWith('R-SMI') }"),
                contains("R-SMI-01"));
    }

    @Test
    void C1_R_PRI_01_manyOpportunitiesShowTheCappedRankedCardsAndOneMoreCardWithTheAreaPhrasing() {
        JsonPath response = call(TestPatient.born("1966-07-01").homePostcode(CORE20_POSTCODE)
                .condition(TestPatient.SNOMED, SCHIZOPHRENIA, "2015-01-01")
                .codedEvent(TestPatient.SNOMED, SMOKER, "2026-05-01T10:00:00Z"));

        List<String> topics = response.getList("cards.source.topic.code");
        List<String> findings = response.getList("extension.'org.everycontact.assessment'.findings.ruleId");
        assertThat(findings.size() + " findings", findings, hasSize(greaterThan(maxPerHook)));
        assertEquals(maxPerHook + 1, topics.size());
        assertEquals("MORE-OPPORTUNITIES", topics.get(maxPerHook));
        assertThat(topics.subList(0, 2), contains("R-HTN-03", "R-SMI-01"));
        List<String> summarised = response.getList("cards[" + maxPerHook + "].extension.'org.everycontact.findings'");
        assertEquals(findings.stream().filter(id -> !topics.contains(id)).toList(), summarised);
        String smi = "cards.find { it.source.topic.code == 'R-SMI-01' }";
        assertThat(response.getString(smi + ".detail"), containsString("- Prioritised under NHS Core20PLUS5 "
                + "(local health inequalities programme). Home postcode is in a neighbourhood in England's most "
                + "deprived 20% (IMD 2025, area-based measure)"));
        assertThat(response.getString(smi + ".summary"), not(containsString("Prioritised")));
    }
}
