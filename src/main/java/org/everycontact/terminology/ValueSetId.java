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
    GYPSY_ROMA_TRAVELLER_ETHNICITY("gypsy-roma-traveller-ethnicity"),
    // Registers and measures shared by several rule families
    CHD("chd"),
    STROKE("stroke"),
    TIA("tia"),
    PAD("pad"),
    CKD_3_5("ckd-3-5"),
    CKD_1_2("ckd-1-2"),
    DIABETES("diabetes"),
    TYPE_1_DIABETES("type-1-diabetes"),
    TYPE_2_DIABETES("type-2-diabetes"),
    DIABETES_RESOLVED("diabetes-resolved"),
    HYPERTENSION_RESOLVED("hypertension-resolved"),
    COPD("copd"),
    COPD_RESOLVED("copd-resolved"),
    ASTHMA("asthma"),
    ASTHMA_RESOLVED("asthma-resolved"),
    SMI("smi"),
    SMI_REMISSION("smi-remission"),
    EPILEPSY("epilepsy"),
    BMI("bmi"),
    // SMI physical health check and MECC lifestyle rules
    SMOKING_STATUS("smoking-status"),
    CURRENT_SMOKER("current-smoker"),
    SMOKING_CESSATION_SUPPORT("smoking-cessation-support"),
    ALCOHOL_STATUS("alcohol-status"),
    AUDIT_C("audit-c"),
    AUDIT("audit"),
    HBA1C("hba1c"),
    FASTING_GLUCOSE("fasting-glucose"),
    SMI_LIPID_PROFILE("smi-lipid-profile"),
    PHYSICAL_ACTIVITY_STATUS("physical-activity-status"),
    ANTIPSYCHOTICS("antipsychotics");

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
