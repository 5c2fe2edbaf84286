package org.everycontact.deprivation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.StaffTokens;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * Real postcodes from the shipped ONS files, placed with their published MHCLG IMD 2025 deciles
 * (clinical-spec §3.2, §3.3). Values were read from File_1_IoD2025 and the postcode files.
 */
@QuarkusTest
class DeprivationLookupTest {

    private static final String ASSESSMENT = "extension.'org.everycontact.assessment'.deprivation";

    private static ValidatableResponse lookup(String postcode) {
        return given().header("Authorization", StaffTokens.analyst()).get("/deprivation/{postcode}", postcode).then();
    }

    private static ValidatableResponse hook(TestPatient patient) {
        return given().contentType("application/json").body(CdsRequest.patientView(patient).toString())
                .post("/cds-services/everycontact").then().statusCode(200);
    }

    @Test
    void T_IMD_01_decileOneTraffordPostcodeIsCore20QuintileOne() {
        lookup("m15 4ag").statusCode(200)
                .body("status", equalTo("found"))
                .body("postcode", equalTo("M15 4AG"))
                .body("lsoa", equalTo("E01006109"))
                .body("lsoaVintage", equalTo(2021))
                .body("imdEdition", equalTo("IMD2025"))
                .body("imdRank", equalTo(1026))
                .body("imdDecile", equalTo(1))
                .body("imdQuintile", equalTo(1))
                .body("nation", equalTo("england"))
                .body("core20", equalTo(true))
                .body("provenance.postcodeRelease", org.hamcrest.Matchers.startsWith("postcodes/trafford_postcodes.csv (imported "))
                .body("provenance.indexRelease",
                        org.hamcrest.Matchers.startsWith("imd/england/File_1_IoD2025_Index_of_Multiple_Deprivation.csv"));
    }

    @Test
    void decileTwoIsCore20() {
        lookup("M15 4AD").statusCode(200).body("imdDecile", equalTo(2)).body("core20", equalTo(true));
    }

    @Test
    void T_IMD_02_decileThreeIsNotCore20() {
        lookup("M15 4AJ").statusCode(200)
                .body("imdDecile", equalTo(3))
                .body("imdQuintile", equalTo(2))
                .body("core20", equalTo(false));
    }

    @Test
    void lsoa2011OnlyPostcodeReachesImd2025ThroughTheBestFitLookupAndSaysSo() {
        lookup("SR2 7WY").statusCode(200)
                .body("status", equalTo("found"))
                .body("lsoa", equalTo("E01034514"))
                .body("lsoaMapping", equalTo("ONS best-fit LSOA 2011 to LSOA 2021"))
                .body("imdRank", equalTo(556))
                .body("imdDecile", equalTo(1))
                .body("core20", equalTo(true));
    }

    @Test
    void terminatedPostcodeStillResolvesAndIsMarked() {
        lookup("SR1 1AA").statusCode(200)
                .body("status", equalTo("terminated"))
                .body("terminated", equalTo(true))
                .body("lsoa", equalTo("E01008703"))
                .body("imdDecile", equalTo(1))
                .body("core20", equalTo(true));
    }

    @Test
    void T_IMD_03_welshPostcodeIsOutOfScopeWithItsOwnIndexAndNeverCore20() {
        lookup("LD1 5AB").statusCode(200)
                .body("status", equalTo("out-of-scope-nation"))
                .body("nation", equalTo("wales"))
                .body("core20", equalTo(false))
                .body("imdDecile", nullValue())
                .body("nationalIndex.edition", equalTo("WIMD2025"));
    }

    @Test
    void scottishPostcodeReportsSimdNotCore20() {
        lookup("DG1 1AA").statusCode(200)
                .body("status", equalTo("out-of-scope-nation"))
                .body("nation", equalTo("scotland"))
                .body("lsoa", equalTo("S01007612"))
                .body("nationalIndex.edition", equalTo("SIMD2020"))
                .body("core20", equalTo(false));
    }

    @Test
    void channelIslandsPostcodeIsOutOfScope() {
        lookup("GY1 1AA").statusCode(200)
                .body("status", equalTo("out-of-scope-nation"))
                .body("nation", equalTo("channel-islands"))
                .body("core20", equalTo(false));
    }

    @Test
    void knownPostcodeWithoutLsoaIsNoLsoa() {
        lookup("M22 2BG").statusCode(200).body("status", equalTo("no-lsoa")).body("core20", equalTo(false));
    }

    @Test
    void T_PC_02_noFixedAbodePseudoPostcodeHasNoDecileAndIsPassedOn() {
        lookup("ZZ99 3VZ").statusCode(200)
                .body("status", equalTo("pseudo"))
                .body("noFixedAbode", equalTo(true))
                .body("imdDecile", nullValue())
                .body("core20", equalTo(false));
    }

    @Test
    void wellFormedUnknownPostcodeIs404() {
        lookup("SW1A 2AA").statusCode(404).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void malformedPostcodeIs400() {
        lookup("NOT A POSTCODE").statusCode(400).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void hookAssessmentCarriesTheDeprivationOfTheHomePostcode() {
        hook(TestPatient.born("1996-01-01").homePostcode("M15 4AG"))
                .body(ASSESSMENT + ".status", equalTo("found"))
                .body(ASSESSMENT + ".lsoa", equalTo("E01006109"))
                .body(ASSESSMENT + ".core20", equalTo(true))
                .body(ASSESSMENT + ".attribution", org.hamcrest.Matchers.containsString("Open Government Licence"));
    }

    @Test
    void T_IMD_04_missingAddressIsNoAddressAndNoCore20() {
        hook(TestPatient.born("1996-01-01"))
                .body(ASSESSMENT + ".status", equalTo("no-address"))
                .body(ASSESSMENT + ".core20", equalTo(false));
    }

    @Test
    void unknownMalformedAndPseudoPostcodesNeverBreakAHookCall() {
        hook(TestPatient.born("1996-01-01").homePostcode("SW1A 2AA")).body(ASSESSMENT + ".status", equalTo("unknown"));
        hook(TestPatient.born("1996-01-01").homePostcode("12345")).body(ASSESSMENT + ".status", equalTo("invalid"));
        hook(TestPatient.born("1996-01-01").homePostcode("ZZ99 3VZ")).body(ASSESSMENT + ".status", equalTo("pseudo"));
    }
}
