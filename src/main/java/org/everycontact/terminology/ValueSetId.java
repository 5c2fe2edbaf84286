package org.everycontact.terminology;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ValueSets the rules and the PLUS cohorts use, each a file
 * {@code fhir-profiles/ValueSet-<id>.json} on the class path (the repository's fhir-profiles folder),
 * which a file of the same name in {@code everycontact.code-lists.directory} replaces.
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
    // Cohorts: Core20PLUS5 PLUS groups
    NOT_CARER("not-carer"),
    // Vaccinations and the respiratory bundle (R-VAC-*, R-RESP-01)
    FLU_VACCINATION("flu-vaccination"),
    FLU_VACCINATION_DECLINED("flu-vaccination-declined"),
    COVID_VACCINATION("covid-vaccination"),
    COVID_VACCINATION_DECLINED("covid-vaccination-declined"),
    PNEUMOCOCCAL_VACCINATION("pneumococcal-vaccination"),
    PNEUMOCOCCAL_VACCINATION_DECLINED("pneumococcal-vaccination-declined"),
    SHINGLES_VACCINATION("shingles-vaccination"),
    SHINGLES_LIVE_VACCINATION("shingles-live-vaccination"),
    SHINGLES_VACCINATION_DECLINED("shingles-vaccination-declined"),
    RSV_VACCINATION("rsv-vaccination"),
    IMMUNISATION_CONTRAINDICATED("immunisation-contraindicated"),
    CHRONIC_RESPIRATORY_DISEASE("chronic-respiratory-disease"),
    ASTHMA_ADMISSION("asthma-admission"),
    INHALED_CORTICOSTEROID("inhaled-corticosteroid"),
    ORAL_CORTICOSTEROID("oral-corticosteroid"),
    HEART_FAILURE("heart-failure"),
    CKD_4_5("ckd-4-5"),
    CHRONIC_LIVER_DISEASE("chronic-liver-disease"),
    CHRONIC_NEUROLOGICAL_DISEASE("chronic-neurological-disease"),
    ASPLENIA("asplenia"),
    IMMUNOSUPPRESSION("immunosuppression"),
    // Cardiovascular family: lipids, NHS Health Check and the hypertension gaps
    STATINS("statins"),
    LIPID_LOWERING_OTHER("lipid-lowering-other"),
    ANTIHYPERTENSIVES("antihypertensives"),
    STATIN_DECLINED_OR_UNSUITABLE("statin-declined-or-unsuitable"),
    HAEMORRHAGIC_STROKE("haemorrhagic-stroke"),
    LDL_CHOLESTEROL("ldl-cholesterol"),
    NON_HDL_CHOLESTEROL("non-hdl-cholesterol"),
    QRISK_SCORE("qrisk-score"),
    CVD_RISK_ASSESSMENT("cvd-risk-assessment"),
    ATRIAL_FIBRILLATION("atrial-fibrillation"),
    FAMILIAL_HYPERCHOLESTEROLAEMIA("familial-hypercholesterolaemia"),
    NHS_HEALTH_CHECK("nhs-health-check"),
    FRAILTY_MODERATE_SEVERE("frailty-moderate-severe"),
    HYPERTENSION_MAXIMAL_THERAPY("hypertension-maximal-therapy"),
    HYPERTENSION_PCA_DECLINED("hypertension-pca-declined"),
    HYPERTENSION_PCA_UNSUITABLE("hypertension-pca-unsuitable"),
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
    ANTIPSYCHOTICS("antipsychotics"),
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
    INSULIN_PUMP_OR_CGM("insulin-pump-or-cgm"),
    URINE_ACR("urine-acr"),
    // Cards: the concepts a suggestion may record or request
    CARD_SUGGESTION("card-suggestion");

    private final String id;

    ValueSetId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    String fileName() {
        return "ValueSet-" + id + ".json";
    }

    String resourcePath() {
        return "fhir-profiles/" + fileName();
    }

    /** The ValueSet a file {@code ValueSet-<id>.json} holds, by its name. */
    static Optional<ValueSetId> ofFileName(String fileName) {
        return Arrays.stream(values()).filter(v -> v.fileName().equals(fileName)).findFirst();
    }
}
