package org.everycontact.hooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationService;

/**
 * For integration testers: where a postcode places a patient, exactly as a hook call would say.
 * Staff only (a bearer token from the identity provider), never CDS clients: a postcode is personal data.
 */
@Path("/deprivation")
@RolesAllowed({"everycontact-analyst", "everycontact-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class DeprivationResource {

    private final DeprivationService service;

    public DeprivationResource(DeprivationService service) {
        this.service = service;
    }

    @GET
    @Path("{postcode}")
    @Operation(summary = "Neighbourhood (LSOA), IMD rank, decile and Core20 for a postcode")
    public DeprivationView lookup(@PathParam("postcode") String postcode) {
        Deprivation answer = service.assess(postcode);
        switch (answer.status()) {
            case INVALID, NO_ADDRESS -> throw CdsException.invalid("Not a valid UK postcode", "postcode");
            case UNKNOWN -> throw new CdsException(404, "not-found", "Postcode not found in the loaded reference data");
            case UNAVAILABLE -> throw new CdsException(503, "transient", "The deprivation index is still loading");
            default -> {
                return DeprivationView.of(answer, service.edition());
            }
        }
    }
}
