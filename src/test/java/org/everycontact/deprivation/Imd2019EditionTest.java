package org.everycontact.deprivation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.everycontact.support.StaffTokens;
import org.junit.jupiter.api.Test;

/**
 * With {@code everycontact.deprivation.imd-edition=IMD2019}: LSOA 2011 codes are placed with
 * their published IMD 2019 ranks and deciles (MHCLG File 1 2019), Wales with WIMD 2019.
 */
@QuarkusTest
@TestProfile(Imd2019EditionTest.Imd2019.class)
class Imd2019EditionTest {

    public static class Imd2019 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("everycontact.deprivation.imd-edition", "IMD2019");
        }
    }

    private static ValidatableResponse lookup(String postcode) {
        return given().header("Authorization", StaffTokens.analyst()).get("/deprivation/{postcode}", postcode).then();
    }

    @Test
    void decileTwoIn2019IsCore20() {
        lookup("SR2 7WY").statusCode(200)
                .body("imdEdition", equalTo("IMD2019"))
                .body("lsoa", equalTo("E01008820"))
                .body("lsoaVintage", equalTo(2011))
                .body("lsoaMapping", nullValue())
                .body("imdRank", equalTo(4651))
                .body("imdDecile", equalTo(2))
                .body("core20", equalTo(true));
    }

    @Test
    void decileThreeIn2019IsNotCore20() {
        lookup("HR1 1AA").statusCode(200)
                .body("lsoa", equalTo("E01014010"))
                .body("imdRank", equalTo(8153))
                .body("imdDecile", equalTo(3))
                .body("core20", equalTo(false));
    }

    @Test
    void lsoa2021OnlyPostcodeWithAnUnchangedCodeIsPlacedAndSaysHow() {
        lookup("M15 4AG").statusCode(200)
                .body("lsoa", equalTo("E01006109"))
                .body("lsoaMapping", equalTo("LSOA 2021 code unchanged from 2011"))
                .body("imdRank", equalTo(1726))
                .body("imdDecile", equalTo(1));
    }

    @Test
    void welshPostcodeIsReportedWithWimd2019() {
        lookup("LD1 5AB").statusCode(200)
                .body("status", equalTo("out-of-scope-nation"))
                .body("nationalIndex.edition", equalTo("WIMD2019"))
                .body("nationalIndex.rank", equalTo(769))
                .body("core20", equalTo(false));
    }
}
