package org.everycontact.equity;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.everycontact.record.NhsNumber;
import org.junit.jupiter.api.Test;

/** The keyed patient pseudonym under which cards, feedback and snoozes are stored. */
class PatientPseudonymsTest {

    private static final String KEY = "a-secret-key-of-at-least-32-characters";
    private static final NhsNumber VALID = NhsNumber.of("9434765919");
    private final PatientPseudonyms pseudonyms = new PatientPseudonyms(Optional.of(KEY));

    @Test
    void pseudonymIsSixtyFourHexDigitsAndNotTheNhsNumber() {
        String pseudonym = pseudonyms.of(VALID, "https://fhir.example.org/r4", "pat-1");
        assertThat(pseudonym, matchesPattern("[0-9a-f]{64}"));
        assertThat(pseudonym, not(containsString("9434765919")));
        assertThat(pseudonym, not(containsString("pat-1")));
    }

    @Test
    void sameNhsNumberGivesTheSamePseudonymWhateverTheFhirServerAndId() {
        assertEquals(pseudonyms.of(VALID, "https://fhir.example.org/r4", "pat-1"),
                new PatientPseudonyms(Optional.of(KEY)).of(VALID, null, "another-id"));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertNotEquals(pseudonyms.of(VALID, null, "pat-1"),
                new PatientPseudonyms(Optional.of(KEY + "-rotated")).of(VALID, null, "pat-1"));
    }

    @Test
    void withoutAValidNhsNumberTheFhirServerAndIdIdentifyThePatient() {
        NhsNumber failsCheckDigit = NhsNumber.of("9434765918");
        String here = pseudonyms.of(failsCheckDigit, "https://fhir.example.org/r4", "pat-1");
        assertEquals(here, pseudonyms.of(null, "https://fhir.example.org/r4", "pat-1"));
        assertNotEquals(here, pseudonyms.of(null, "https://other.example.org/r4", "pat-1"));
        assertNotEquals(here, pseudonyms.of(null, "https://fhir.example.org/r4", "pat-2"));
        assertNotEquals(here, pseudonyms.of(VALID, "https://fhir.example.org/r4", "pat-1"));
    }

    @Test
    void missingKeyStopsStartUpNamingTheProperty() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new PatientPseudonyms(Optional.empty()));
        assertThat(error.getMessage(), containsString(PatientPseudonyms.KEY_PROPERTY));
    }

    @Test
    void shortKeyStopsStartUp() {
        assertThrows(IllegalStateException.class, () -> new PatientPseudonyms(Optional.of("short")));
    }
}
