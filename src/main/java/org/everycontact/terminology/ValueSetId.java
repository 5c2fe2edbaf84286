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
    // Cancer screening, maternity continuity, children and young people
    BOWEL_SCREENING("bowel-screening"),
    BREAST_SCREENING("breast-screening"),
    CERVICAL_SCREENING_ADEQUATE("cervical-screening-adequate"),
    CERVICAL_HPV_NEGATIVE("cervical-hpv-negative"),
    CERVICAL_HPV_POSITIVE("cervical-hpv-positive"),
    CERVICAL_HPV_TEST_CLINICIAN_SAMPLE("cervical-hpv-test-clinician-sample"),
    CERVICAL_HPV_TEST_SELF_SAMPLE("cervical-hpv-test-self-sample"),
    CERVICAL_SCREENING_NOT_APPLICABLE("cervical-screening-not-applicable"),
    CERVICAL_SCREENING_CEASED("cervical-screening-ceased"),
    PREGNANCY_ENDED("pregnancy-ended"),
    SABA("saba"),
    INHALED_CORTICOSTEROID("inhaled-corticosteroid"),
    INSULIN_PUMP_OR_CGM("insulin-pump-or-cgm"),
    HBA1C("hba1c"),
    URINE_ACR("urine-acr");

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
