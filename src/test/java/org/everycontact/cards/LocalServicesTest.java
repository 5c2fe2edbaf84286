package org.everycontact.cards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/** Local service links from configuration (clinical-spec §9.3): home district first, then the practice ICB. */
@QuarkusTest
@TestProfile(LocalServicesProfile.class)
class LocalServicesTest {

    private static final String HTN_01_LINKS = "cards.find { it.source.topic.code == 'R-HTN-01' }.links.url";

    private static TestPatient raisedBloodPressure() {
        return TestPatient.born("1974-01-01").bloodPressure("2026-03-03T09:15:00Z", 152, 94);
    }

    @Test
    void practiceIcbEntryIsTheLinkForAPatientOutsideAListedDistrict() {
        given().contentType("application/json").body(CdsRequest.patientView(raisedBloodPressure()).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200)
                .body(HTN_01_LINKS, contains(LocalServicesProfile.ICB_URL));
    }

    @Test
    void homeDistrictEntryBeatsThePracticeIcb() {
        TestPatient inTrafford = raisedBloodPressure().homePostcode("M15 4AG");
        given().contentType("application/json").body(CdsRequest.patientView(inTrafford).toString())
                .when().post("/cds-services/everycontact").then().statusCode(200)
                .body(HTN_01_LINKS, contains(LocalServicesProfile.DISTRICT_URL));
    }
}
