package org.everycontact.cards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * T-LANG-01 (clinical-spec §9.4): for patients living in a Core20 neighbourhood, of several recorded
 * ethnic groups and in PLUS groups, no card summary speaks of deprivation, Core20, IMD, ethnicity or
 * a PLUS group, whatever rules fire. The detail may explain, with the spec's phrasing.
 */
@QuarkusTest
class CardLanguageTest {

    /** M15 4AG: an LSOA in IMD2025 decile 1 in the shipped reference data. */
    private static final String CORE20_POSTCODE = "M15 4AG";
    private static final List<String> NEVER_IN_A_SUMMARY = List.of("deprived", "deprivation", "core20", "imd",
            "ethnic", "white", "black", "asian", "mixed", "chinese", "indian", "pakistani", "bangladeshi",
            "african", "caribbean", "gypsy", "traveller", "roma", "homeless", "learning disab", "autis", "a carer",
            "care home", "minority");

    static Stream<Arguments> patients() {
        return Stream.of(
                Arguments.of("pregnant, Black Caribbean", TestPatient.born("1994-04-01").ethnicCategory("M")
                        .condition(TestPatient.SNOMED, "77386006", "2026-09-01")),
                Arguments.of("BMI 28, Black African, smoker", TestPatient.born("1970-03-01").ethnicCategory("N")
                        .observation(TestPatient.SNOMED, "60621009", "2026-05-01T10:00:00Z", 28, "kg/m2")
                        .codedEvent(TestPatient.SNOMED, "77176002", "2026-05-01T10:00:00Z")),
                Arguments.of("schizophrenia, Pakistani, learning disability", TestPatient.born("1980-07-01")
                        .ethnicCategory("J").condition(TestPatient.SNOMED, "58214004", "2015-01-01")
                        .condition(TestPatient.SNOMED, "110359009", "2000-01-01")),
                Arguments.of("CHD, Indian, carer, 67", TestPatient.born("1959-06-01").ethnicCategory("H")
                        .condition(TestPatient.SNOMED, "53741008", "2018-01-01")
                        .codedEvent(TestPatient.SNOMED, "224484003", "2024-01-01T10:00:00Z")),
                Arguments.of("child with asthma, Bangladeshi", TestPatient.born("2017-02-01").ethnicCategory("K")
                        .condition(TestPatient.SNOMED, "195967001", "2020-01-01")),
                Arguments.of("homeless, White British, 52", TestPatient.born("1974-01-01").ethnicCategory("A")
                        .condition(TestPatient.SNOMED, "32911000", "2025-01-01")
                        .bloodPressure("2026-03-03T09:15:00Z", 152, 94)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patients")
    void T_LANG_01_noSummaryLabelsTheNeighbourhoodOrThePerson(String name, TestPatient patient) {
        JsonPath response = given().contentType("application/json")
                .body(CdsRequest.patientView(patient.homePostcode(CORE20_POSTCODE)).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200).extract().jsonPath();

        List<String> cohorts = response.getList("extension.'org.everycontact.assessment'.cohorts.id");
        assertThat(cohorts, hasItem("core20"));
        List<String> summaries = response.getList("cards.summary");
        assertThat(summaries, hasSize(greaterThanOrEqualTo(1)));
        for (String summary : summaries) {
            for (String word : NEVER_IN_A_SUMMARY) {
                assertThat(name, summary, not(containsStringIgnoringCase(word)));
            }
        }
    }
}
