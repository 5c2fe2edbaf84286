package org.everycontact.hooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** fhirServer against a client's list: exact strings but for trailing slashes, and an explicit any-port. */
class FhirServerAllowlistTest {

    private final FhirServerAllowlist list = FhirServerAllowlist.of(List.of(
            "https://ehr.example.org/fhir/", "http://127.0.0.1:*/fhir"));

    @Test
    void listedServerIsAllowedWithOrWithoutTrailingSlash() {
        assertTrue(list.allows("https://ehr.example.org/fhir"));
        assertTrue(list.allows("https://ehr.example.org/fhir/"));
    }

    @Test
    void anythingElseAboutTheUrlMustMatchExactly() {
        assertFalse(list.allows("https://ehr.example.org/fhir/r4"));
        assertFalse(list.allows("https://ehr.example.org/fhi"));
        assertFalse(list.allows("https://ehr.example.org:8443/fhir"));
        assertFalse(list.allows("http://ehr.example.org/fhir"));
        assertFalse(list.allows("https://ehr.example.org.evil.test/fhir"));
        assertFalse(list.allows("https://evil.test/https://ehr.example.org/fhir"));
        assertFalse(list.allows("https://user@ehr.example.org/fhir"));
    }

    @Test
    void anyPortEntryAllowsAnyPortOfThatHostAndPathOnly() {
        assertTrue(list.allows("http://127.0.0.1:40123/fhir"));
        assertFalse(list.allows("http://127.0.0.1/fhir"));
        assertFalse(list.allows("http://127.0.0.1:40123/other"));
        assertFalse(list.allows("http://127.0.0.1:40123@evil.test/fhir"));
        assertFalse(list.allows("http://127.0.0.2:40123/fhir"));
    }

    @Test
    void emptyListAllowsNothing() {
        assertFalse(FhirServerAllowlist.of(List.of()).allows("https://ehr.example.org/fhir"));
    }
}
