package org.everycontact.record;

/**
 * The client's FHIR server for one call and the bearer token it gave for it. The token is transient:
 * it is used for this call's fetches only, never stored and never logged.
 */
public record FhirServer(String baseUrl, String bearerToken) {

    @Override
    public String toString() {
        return "FhirServer[" + (bearerToken == null ? "no token" : "token present") + "]";
    }
}
