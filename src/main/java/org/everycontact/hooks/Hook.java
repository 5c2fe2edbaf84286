package org.everycontact.hooks;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The standard hooks EveryContact answers, each with the context fields its definition makes
 * required and the resource types its {@code userId} may name.
 */
public enum Hook {
    PATIENT_VIEW("patient-view", Set.of("userId", "patientId"),
            Set.of("Practitioner", "PractitionerRole", "Patient", "RelatedPerson")),
    ENCOUNTER_START("encounter-start", Set.of("userId", "patientId", "encounterId"),
            Set.of("Practitioner", "PractitionerRole")),
    APPOINTMENT_BOOK("appointment-book", Set.of("userId", "patientId", "appointments"),
            Set.of("Practitioner", "PractitionerRole", "Patient", "RelatedPerson"));

    private final String wireName;
    private final Set<String> requiredContext;
    private final Set<String> userTypes;

    Hook(String wireName, Set<String> requiredContext, Set<String> userTypes) {
        this.wireName = wireName;
        this.requiredContext = requiredContext;
        this.userTypes = userTypes;
    }

    public String wireName() {
        return wireName;
    }

    public Set<String> requiredContext() {
        return requiredContext;
    }

    public Set<String> userTypes() {
        return userTypes;
    }

    public static Optional<Hook> of(String wireName) {
        return Arrays.stream(values()).filter(h -> h.wireName.equals(wireName)).findFirst();
    }
}
