package org.everycontact.record;

/** The FHIR resource types EveryContact reads, each mapped to the HAPI R4 class that parses it. */
public enum ResourceKind {
    PATIENT("Patient"),
    CONDITION("Condition"),
    OBSERVATION("Observation"),
    IMMUNIZATION("Immunization"),
    PROCEDURE("Procedure"),
    MEDICATION_REQUEST("MedicationRequest"),
    MEDICATION_STATEMENT("MedicationStatement"),
    ENCOUNTER("Encounter");

    private final String fhirType;

    ResourceKind(String fhirType) {
        this.fhirType = fhirType;
    }

    public String fhirType() {
        return fhirType;
    }
}
