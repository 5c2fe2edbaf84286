package org.everycontact.terminology;

/**
 * The ConceptMaps EveryContact reads, each a file {@code fhir-profiles/ConceptMap-<id>.json} on the
 * class path. All are loaded at start-up; a missing one stops it.
 */
public enum ConceptMapId {
    /** SNOMED CT ethnicity findings to the NHS Data Dictionary ethnic category (clinical-spec §3.4). */
    ETHNICITY_SNOMED("ethnicity-snomed");

    private final String id;

    ConceptMapId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    String resourcePath() {
        return "fhir-profiles/ConceptMap-" + id + ".json";
    }
}
