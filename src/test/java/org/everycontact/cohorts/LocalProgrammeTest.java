package org.everycontact.cohorts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

/**
 * PLUS groups as one ICB configured them (clinical-spec §3.5): its own active list, locally coded
 * sensitive groups shown only as "prioritised (local programme)" (§9.4, hazard H16, T-LANG-02), and
 * coastal communities by neighbourhood or district.
 */
@QuarkusTest
@TestProfile(LocalProgrammeProfile.class)
class LocalProgrammeTest {

    private static final String COHORTS = "extension.'org.everycontact.assessment'.cohorts";
    private static final String AREAS = "extension.'org.everycontact.assessment'.clinicalAreas";
    private static final String SNOMED = TestPatient.SNOMED;
    private static final String EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

    private static ValidatableResponse call(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .when().post("/cds-services/everycontact")
                .then().statusCode(200);
    }

    private static TestPatient adult() {
        return TestPatient.born("1990-04-01").bloodPressure("2025-06-01T10:00:00Z", 120, 80);
    }

    @Test
    void T_LANG_02_sensitiveLocalGroupIsOnlyPrioritisedLocalProgrammeInTheResponseAndTheLog() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + List.of(
                        record.getParameters() == null ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String body;
        try {
            Logger.getLogger(LocalProgrammeTest.class.getName()).info("log capture check");
            body = call(adult().codedEvent(LocalProgrammeProfile.LOCAL_SYSTEM, LocalProgrammeProfile.SEX_WORK_CODE,
                    "2025-01-01"))
                    .body(COHORTS + ".id", contains("plus:local"))
                    .body(COHORTS + "[0].evidence", contains("prioritised (local programme): locally configured code"))
                    .extract().asString();
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("log capture check")));
        for (String text : List.of(body, String.join("\n", logged))) {
            for (String secret : List.of("sex work", "sex-work", "worker", LocalProgrammeProfile.SEX_WORK_CODE,
                    LocalProgrammeProfile.LOCAL_SYSTEM)) {
                assertThat(text, not(containsStringIgnoringCase(secret)));
            }
        }
    }

    @Test
    void severalSensitiveGroupsAreOneLocalEntryAndABareCodeIsSnomed() {
        call(adult().codedEvent(LocalProgrammeProfile.LOCAL_SYSTEM, LocalProgrammeProfile.DRUG_CODE, "2025-01-01")
                .codedEvent(SNOMED, LocalProgrammeProfile.JUSTICE_CODE, "2025-02-01"))
                .body(COHORTS + ".id", contains("plus:local"))
                .body(COHORTS + "[0].evidence", contains("prioritised (local programme): locally configured code"));
    }

    @Test
    void aLocalCodeInAnotherSystemDoesNotCount() {
        call(adult().codedEvent(SNOMED, LocalProgrammeProfile.SEX_WORK_CODE, "2025-01-01"))
                .body(COHORTS, nullValue());
    }

    @Test
    void sensitiveGroupPrioritisesAChildForOralHealthWithoutNamingIt() {
        String body = call(TestPatient.born("2019-01-01")
                .codedEvent(LocalProgrammeProfile.LOCAL_SYSTEM, LocalProgrammeProfile.SEX_WORK_CODE, "2025-01-01"))
                .body(AREAS + ".id", contains("area:cyp-oral-health"))
                .extract().asString();
        assertThat(body, not(containsStringIgnoringCase(LocalProgrammeProfile.SEX_WORK_CODE)));
    }

    @Test
    void thePracticesIcbChoosesTheActiveGroups() {
        call(adult().condition(SNOMED, "110359009", "2001-01-01")
                .condition(SNOMED, "35919005", "2005-01-01"))
                .body(COHORTS + ".id", contains("plus:learning-disability"));
        TestPatient minority = adult();
        minority.patient().addExtension(EXTENSION,
                new CodeableConcept(new Coding(EthnicityReader.ENGLAND, "N", null)));
        call(minority).body(COHORTS, nullValue());
    }

    @Test
    void listedNeighbourhoodIsACoastalCommunity() {
        call(adult().homePostcode("M15 4AG"))
                .body(COHORTS + ".id", containsInAnyOrder("core20", "plus:coastal-community"))
                .body(COHORTS + ".find { it.id == 'plus:coastal-community' }.evidence", contains("LSOA E01006109"));
    }

    @Test
    void neighbourhoodInAListedDistrictIsACoastalCommunity() {
        call(adult().homePostcode("M15 4AB"))
                .body(COHORTS + ".find { it.id == 'plus:coastal-community' }.evidence",
                        contains("local authority district E08000009 (LSOA E01034001)"));
    }

    @Test
    void noAddressIsNoCoastalCommunity() {
        call(adult()).body(COHORTS, nullValue());
    }
}
