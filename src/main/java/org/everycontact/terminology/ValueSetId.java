package org.everycontact.terminology;

/**
 * The ValueSets the rules and the PLUS cohorts use, each a file
 * {@code fhir-profiles/ValueSet-<id>.json} on the class path (the repository's fhir-profiles folder).
 * All are loaded at start-up; a missing one stops it.
 */
public enum ValueSetId {
    BP_RECORDED("bp-recorded"),
    BP_DECLINED("bp-declined"),
    BP_PANEL("bp-panel"),
    BP_SYSTOLIC("bp-systolic"),
    BP_DIASTOLIC("bp-diastolic"),
    BP_HOME_AVERAGE("bp-home-average"),
    BP_ABPM_DAYTIME("bp-abpm-daytime"),
    HYPERTENSION("hypertension"),
    PREGNANCY("pregnancy"),
    PALLIATIVE_CARE("palliative-care"),
    LEARNING_DISABILITY("learning-disability"),
    AUTISM("autism"),
    HOMELESS("homeless"),
    CARER("carer"),
    CARE_HOME("care-home"),
    GYPSY_ROMA_TRAVELLER_ETHNICITY("gypsy-roma-traveller-ethnicity");

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
