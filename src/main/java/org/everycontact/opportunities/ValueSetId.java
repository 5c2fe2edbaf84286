package org.everycontact.opportunities;

/**
 * The ValueSets the rules use, each a file {@code fhir-profiles/ValueSet-<id>.json} on the class
 * path (the repository's fhir-profiles folder). All are loaded at start-up; a missing one stops it.
 */
public enum ValueSetId {
    BP_RECORDED("bp-recorded"),
    BP_DECLINED("bp-declined"),
    PALLIATIVE_CARE("palliative-care");

    private final String id;

    ValueSetId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    String resourcePath() {
        return "fhir-profiles/ValueSet-" + id + ".json";
    }
}
