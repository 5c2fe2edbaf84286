package org.everycontact.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prefetch token resolution (CDS Hooks 2.0 §Prefetch tokens). */
class PrefetchTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode context(String userId) {
        ObjectNode context = JSON.createObjectNode();
        context.put("userId", userId);
        context.put("patientId", "pat-1");
        context.put("encounterId", "enc-9");
        return context;
    }

    private static Optional<String> resolve(String template, String userId) {
        return PrefetchTokens.resolve(template, context(userId));
    }

    @Test
    void contextPatientIdIsReplaced() {
        assertEquals(Optional.of("Patient/pat-1"), resolve("Patient/{{context.patientId}}", "Practitioner/abc"));
    }

    @Test
    void contextEncounterIdIsReplaced() {
        assertEquals(Optional.of("Encounter/enc-9"), resolve("Encounter/{{context.encounterId}}", "Practitioner/abc"));
    }

    @Test
    void severalTokensInOneTemplateAreAllReplaced() {
        assertEquals(Optional.of("Observation?patient=pat-1&encounter=enc-9&_count=200"),
                resolve("Observation?patient={{context.patientId}}&encounter={{context.encounterId}}&_count=200",
                        "Practitioner/abc"));
    }

    @Test
    void whitespaceInsideTheBracesIsAllowed() {
        assertEquals(Optional.of("Condition?patient=pat-1"),
                resolve("Condition?patient={{ context.patientId }}", "Practitioner/abc"));
    }

    @Test
    void userPractitionerIdComesFromAPractitionerUserId() {
        assertEquals(Optional.of("Practitioner/abc"),
                resolve("Practitioner/{{userPractitionerId}}", "Practitioner/abc"));
    }

    @Test
    void userPractitionerRoleIdComesFromAPractitionerRoleUserId() {
        assertEquals(Optional.of("PractitionerRole/x"),
                resolve("PractitionerRole/{{userPractitionerRoleId}}", "PractitionerRole/x"));
    }

    @Test
    void userPatientIdComesFromAPatientUserId() {
        assertEquals(Optional.of("Patient/p7"), resolve("Patient/{{userPatientId}}", "Patient/p7"));
    }

    @Test
    void userRelatedPersonIdComesFromARelatedPersonUserId() {
        assertEquals(Optional.of("RelatedPerson/r2"),
                resolve("RelatedPerson/{{userRelatedPersonId}}", "RelatedPerson/r2"));
    }

    @Test
    void userTokenNotMatchingTheUserIdTypeIsUnresolved() {
        assertEquals(Optional.empty(), resolve("PractitionerRole/{{userPractitionerRoleId}}", "Practitioner/abc"));
        assertEquals(Optional.empty(), resolve("Practitioner/{{userPractitionerId}}", "PractitionerRole/x"));
    }

    @Test
    void nonPrimitiveContextFieldIsUnresolved() {
        ObjectNode context = context("Practitioner/abc");
        context.putObject("appointments").put("resourceType", "Bundle");
        assertEquals(Optional.empty(), PrefetchTokens.resolve("Bundle/{{context.appointments}}", context));
    }

    @Test
    void nullContextFieldIsUnresolved() {
        ObjectNode context = context("Practitioner/abc");
        context.putNull("encounterId");
        assertEquals(Optional.empty(), PrefetchTokens.resolve("Encounter/{{context.encounterId}}", context));
    }

    @Test
    void nestedContextPathIsUnresolved() {
        ObjectNode context = context("Practitioner/abc");
        context.putObject("medication").put("id", "m1");
        assertEquals(Optional.empty(), PrefetchTokens.resolve("Medication/{{context.medication.id}}", context));
    }

    @Test
    void unknownTokenIsUnresolved() {
        assertEquals(Optional.empty(), resolve("Patient/{{patientId}}", "Practitioner/abc"));
        assertEquals(Optional.empty(), resolve("Patient/{{context.noSuchField}}", "Practitioner/abc"));
    }

    @Test
    void templateWithoutTokensIsUnchanged() {
        assertEquals(Optional.of("Observation?code=http://loinc.org|85354-9&_count=1"),
                resolve("Observation?code=http://loinc.org|85354-9&_count=1", "Practitioner/abc"));
    }
}
