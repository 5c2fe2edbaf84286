package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.everycontact.support.StaffTokens;
import org.junit.jupiter.api.Test;

/**
 * The deprivation look-up, the equity report and admin endpoints take OIDC bearer tokens with
 * roles from the groups claim: anonymous 401, the wrong role 403. OIDC never judges the bearer
 * token of a CDS client, nor guards health, OpenAPI or well-known paths.
 */
@QuarkusTest
class StaffEndpointSecurityTest {

    private static final String LOOKUP = "/deprivation/M15 4AG";

    private static ValidatableResponse lookup(String authorization) {
        return given().header("Authorization", authorization).get(LOOKUP).then();
    }

    private static void rejectedAsUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"));
    }

    @Test
    void anonymousLookUpIs401WithAnOperationOutcome() {
        rejectedAsUnauthenticated(given().get(LOOKUP).then());
    }

    @Test
    void tokenWithoutAStaffRoleIs403WithAnOperationOutcome() {
        lookup(StaffTokens.bearer("some-other-group")).statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"));
    }

    @Test
    void analystAndAdminMayLookUpAPostcode() {
        lookup(StaffTokens.analyst()).statusCode(200).body("lsoa", equalTo("E01006109"));
        lookup(StaffTokens.bearer(StaffTokens.ADMIN)).statusCode(200).body("lsoa", equalTo("E01006109"));
    }

    @Test
    void expiredTokenIs401() {
        rejectedAsUnauthenticated(lookup(StaffTokens.expiredAnalyst()));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() {
        rejectedAsUnauthenticated(lookup(StaffTokens.analystSignedByAnotherKey()));
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        rejectedAsUnauthenticated(lookup(StaffTokens.analystFromAnotherIssuer()));
    }

    @Test
    void malformedBearerIs401() {
        rejectedAsUnauthenticated(lookup("Bearer not-a-jwt"));
    }

    @Test
    void equityReportPathsAskForAnAnalyst() {
        given().get("/equity/report").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", StaffTokens.bearer("some-other-group")).get("/equity/report")
                .then().statusCode(403);
        given().header("Authorization", StaffTokens.analyst()).get("/equity/report").then().statusCode(200);
    }

    @Test
    void adminPathsAskForAnAdmin() {
        given().get("/admin/imports").then().statusCode(401);
        given().header("Authorization", StaffTokens.analyst()).get("/admin/imports").then().statusCode(403);
        given().header("Authorization", StaffTokens.bearer(StaffTokens.ADMIN)).get("/admin/imports")
                .then().statusCode(404);
    }

    @Test
    void healthOpenApiAndWellKnownIgnoreABearerTokenOidcCannotRead() {
        String foreign = "Bearer not-an-oidc-token";
        given().header("Authorization", foreign).get("/q/health/live").then().statusCode(200);
        given().header("Authorization", foreign).get("/q/openapi").then().statusCode(200);
        given().header("Authorization", foreign).get("/.well-known/nothing-here").then().statusCode(404);
    }
}
