package org.everycontact.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;

/**
 * Gives every RestAssured call to /cds-services in a @QuarkusTest a fresh valid client JWT (unique
 * jti, aud the URL called), unless the test sets its own Authorization header or calls
 * {@code given().noFilters()}. Registered for all @QuarkusTest classes through META-INF/services.
 */
public class SignedCdsCalls implements QuarkusTestBeforeEachCallback, Filter {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(SignedCdsCalls.class::isInstance)) {
            RestAssured.filters(new SignedCdsCalls());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String path = URI.create(request.getURI()).getRawPath();
        boolean cds = path.equals("/cds-services") || path.startsWith("/cds-services/");
        if (cds && !"OPTIONS".equals(request.getMethod()) && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + ClientTokens.forPath(path));
        }
        return context.next(request, response);
    }
}
