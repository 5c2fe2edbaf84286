package org.everycontact.opportunities;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Runs every rule on a record. A rule whose needed resource types are incomplete is withheld, not
 * run, so that missing data is never read as a missed opportunity (clinical-spec C5, hazard H05).
 */
@Singleton
public class OpportunityFinder {

    private final List<Rule> rules;
    private final ClinicalParameters parameters;
    private final QofIndicators qofIndicators;

    public OpportunityFinder(ClinicalParameters parameters, CardiovascularParameters cardiovascular,
                             LifestyleParameters lifestyle, VaccineParameters vaccines, ScreeningParameters screening,
                             MaternityParameters maternity, ChildrenParameters children, ValueSetLibrary valueSets) {
        GlobalExclusions exclusions = new GlobalExclusions(valueSets.get(ValueSetId.PALLIATIVE_CARE));
        QofIndicators qof = new QofIndicators(parameters.qofEditions());
        Pregnancy pregnancy = new Pregnancy(valueSets.get(ValueSetId.PREGNANCY),
                valueSets.get(ValueSetId.PREGNANCY_ENDED));
        this.parameters = parameters;
        this.qofIndicators = qof;
        BloodPressureReadings readings = new BloodPressureReadings(valueSets.get(ValueSetId.BP_PANEL),
                valueSets.get(ValueSetId.BP_SYSTOLIC), valueSets.get(ValueSetId.BP_DIASTOLIC),
                valueSets.get(ValueSetId.BP_HOME_AVERAGE), valueSets.get(ValueSetId.BP_ABPM_DAYTIME));
        List<Rule> all = new ArrayList<>(List.of(
                new SevereBloodPressureReading(parameters.bpSevere(), readings, exclusions),
                new NoBloodPressureInFiveYears(parameters.bpScreen(), valueSets.get(ValueSetId.BP_RECORDED),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions, qof),
                new RaisedBloodPressureWithoutFollowUp(parameters.bpClinicRaised(), readings,
                        valueSets.get(ValueSetId.HYPERTENSION), valueSets.get(ValueSetId.HYPERTENSION_RESOLVED),
                        valueSets.get(ValueSetId.ANTIHYPERTENSIVES), valueSets.get(ValueSetId.BP_DECLINED),
                        pregnancy, exclusions),
                new HypertensionNotAtTarget(parameters.bpTarget(), cardiovascular.hypertension(), readings,
                        valueSets.get(ValueSetId.HYPERTENSION), valueSets.get(ValueSetId.HYPERTENSION_RESOLVED),
                        new HypertensionNotAtTarget.Adjustments(valueSets.get(ValueSetId.BP_DECLINED),
                                valueSets.get(ValueSetId.HYPERTENSION_PCA_DECLINED),
                                valueSets.get(ValueSetId.HYPERTENSION_PCA_UNSUITABLE),
                                valueSets.get(ValueSetId.HYPERTENSION_MAXIMAL_THERAPY)),
                        valueSets.get(ValueSetId.FRAILTY_MODERATE_SEVERE), exclusions, qof)));
        all.addAll(cardiovascularRules(cardiovascular, valueSets, pregnancy, exclusions));
        // SMI physical health check and MECC lifestyle rules
        all.addAll(List.of(
                new SmiHealthCheck(lifestyle.smi(), valueSets, exclusions),
                new SmokingVeryBriefAdvice(lifestyle.smoking(), lifestyle.smi(), valueSets, exclusions),
                new AlcoholBriefAdvice(lifestyle.alcohol(), lifestyle.smi(), valueSets, exclusions),
                new HealthyWeight(lifestyle.weight(), valueSets, exclusions),
                new PhysicalActivity(lifestyle.activity(), valueSets, exclusions)));
        // Vaccinations and the respiratory bundle (R-VAC-*, R-RESP-01)
        all.addAll(VaccinationRules.all(vaccines, valueSets, exclusions));
        all.addAll(screeningMaternityAndChildrenRules(screening, maternity, children, valueSets, pregnancy,
                exclusions));
        this.rules = byTier(all);
    }

    /** Cancer screening (R-SCR-*), maternity continuity (R-MAT-01), children and young people (R-CYP-*). */
    private static List<Rule> screeningMaternityAndChildrenRules(ScreeningParameters screening,
                                                                 MaternityParameters maternity,
                                                                 ChildrenParameters children,
                                                                 ValueSetLibrary valueSets, Pregnancy pregnancy,
                                                                 GlobalExclusions exclusions) {
        return List.of(
                new BowelScreeningDue(screening.bowel(), valueSets.get(ValueSetId.BOWEL_SCREENING), exclusions),
                new BreastScreeningDue(screening.breast(), valueSets.get(ValueSetId.BREAST_SCREENING), exclusions),
                new CervicalScreeningDue(screening.cervical(), new CervicalScreeningDue.Codes(
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_ADEQUATE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_NEGATIVE), valueSets.get(ValueSetId.CERVICAL_HPV_POSITIVE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_TEST_CLINICIAN_SAMPLE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_TEST_SELF_SAMPLE),
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_NOT_APPLICABLE),
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_CEASED)), exclusions),
                new MaternityContinuity(maternity, pregnancy, exclusions),
                new ChildAsthmaRelieverOveruse(children.ageLimit(), children.asthma(), valueSets.get(ValueSetId.ASTHMA),
                        valueSets.get(ValueSetId.ASTHMA_RESOLVED), valueSets.get(ValueSetId.SABA),
                        valueSets.get(ValueSetId.INHALED_CORTICOSTEROID), exclusions),
                new ChildType1DiabetesTechnology(children.ageLimit(), valueSets.get(ValueSetId.TYPE_1_DIABETES),
                        valueSets.get(ValueSetId.DIABETES_RESOLVED), valueSets.get(ValueSetId.INSULIN_PUMP_OR_CGM),
                        exclusions),
                new ChildType2DiabetesCareProcesses(children.ageLimit(), children.diabetes(),
                        valueSets.get(ValueSetId.TYPE_2_DIABETES), valueSets.get(ValueSetId.DIABETES_RESOLVED),
                        valueSets.get(ValueSetId.HBA1C), valueSets.get(ValueSetId.BMI),
                        valueSets.get(ValueSetId.BP_RECORDED), valueSets.get(ValueSetId.URINE_ACR), exclusions),
                new ChildEpilepsyNurseAccess(children.epilepsy(), valueSets.get(ValueSetId.EPILEPSY),
                        valueSets.get(ValueSetId.LEARNING_DISABILITY), valueSets.get(ValueSetId.AUTISM), exclusions),
                new ChildOralHealth(children.oralHealth(), exclusions));
    }

    /** Cardiovascular family: lipids (R-LIP-01 to R-LIP-03, DQ-LAB-UNIT) and the NHS Health Check (R-NHC-01). */
    private static List<Rule> cardiovascularRules(CardiovascularParameters parameters, ValueSetLibrary valueSets,
                                                  Pregnancy pregnancy, GlobalExclusions exclusions) {
        CardiovascularQueries queries = new CardiovascularQueries(valueSets.get(ValueSetId.CHD),
                valueSets.get(ValueSetId.PAD), valueSets.get(ValueSetId.STROKE), valueSets.get(ValueSetId.TIA));
        LabValues labValues = new LabValues(valueSets.get(ValueSetId.LDL_CHOLESTEROL),
                valueSets.get(ValueSetId.NON_HDL_CHOLESTEROL), parameters.lipids().cholesterolMgPerDlPerMmolPerL());
        CodeSet statins = valueSets.get(ValueSetId.STATINS);
        CodeSet statinUnsuitable = valueSets.get(ValueSetId.STATIN_DECLINED_OR_UNSUITABLE);
        CodeSet ckd35 = valueSets.get(ValueSetId.CKD_3_5);
        CodeSet ckd12 = valueSets.get(ValueSetId.CKD_1_2);
        return List.of(
                new CvdWithoutLipidTherapy(parameters.lipids(), queries, ckd35, ckd12,
                        valueSets.get(ValueSetId.HAEMORRHAGIC_STROKE), statins,
                        valueSets.get(ValueSetId.LIPID_LOWERING_OTHER), statinUnsuitable, pregnancy, exclusions),
                new CvdAboveLipidTarget(parameters.lipids(), queries, labValues, pregnancy, exclusions),
                new QriskWithoutStatin(parameters.lipids(), queries,
                        List.of(valueSets.get(ValueSetId.HAEMORRHAGIC_STROKE), valueSets.get(ValueSetId.TYPE_1_DIABETES),
                                valueSets.get(ValueSetId.FAMILIAL_HYPERCHOLESTEROLAEMIA)),
                        ckd35, ckd12, valueSets.get(ValueSetId.QRISK_SCORE), statins, statinUnsuitable, pregnancy,
                        exclusions),
                new HealthCheckDue(parameters.healthCheck(), List.of(
                        Register.of("CHD", valueSets, ValueSetId.CHD),
                        Register.of("CKD", valueSets, ValueSetId.CKD_3_5, ValueSetId.CKD_1_2),
                        Register.of("diabetes", valueSets, ValueSetId.DIABETES, ValueSetId.DIABETES_RESOLVED),
                        Register.of("hypertension", valueSets, ValueSetId.HYPERTENSION,
                                ValueSetId.HYPERTENSION_RESOLVED),
                        Register.of("atrial fibrillation", valueSets, ValueSetId.ATRIAL_FIBRILLATION),
                        Register.of("TIA", valueSets, ValueSetId.TIA),
                        Register.of("familial hypercholesterolaemia", valueSets,
                                ValueSetId.FAMILIAL_HYPERCHOLESTEROLAEMIA),
                        Register.of("heart failure", valueSets, ValueSetId.HEART_FAILURE),
                        Register.of("PAD", valueSets, ValueSetId.PAD),
                        Register.of("stroke", valueSets, ValueSetId.STROKE)),
                        ckd12, statins,
                        List.of(valueSets.get(ValueSetId.QRISK_SCORE), valueSets.get(ValueSetId.CVD_RISK_ASSESSMENT)),
                        valueSets.get(ValueSetId.NHS_HEALTH_CHECK), valueSets.get(ValueSetId.CVD_RISK_ASSESSMENT),
                        exclusions),
                new UnreadableLabUnit(parameters.lipids(), labValues, exclusions));
    }

    /** Rules in card order: by tier (clinical-spec C7), then as listed. */
    private static List<Rule> byTier(List<Rule> rules) {
        return rules.stream().sorted(Comparator.comparing(Rule::tier)).toList();
    }

    /** The clinical configuration the rules judge with at the as-of date. */
    public ConfigurationInForce configuration(LocalDate asOf) {
        return new ConfigurationInForce(parameters.version(), parameters.signedOffBy().orElse(null),
                qofIndicators.inForce(asOf).map(ClinicalParameters.QofEdition::label).orElse(null));
    }

    /**
     * Runs every rule whose resource types are complete, then drops the findings another finding
     * supersedes (a merged card, clinical-spec C2: R-RESP-01 carries flu, COVID-19 and pneumococcal).
     */
    public Opportunities find(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Tier> tiers = new HashMap<>();
        List<Withheld> withheld = new ArrayList<>();
        Set<String> superseded = new HashSet<>();
        for (Rule rule : rules) {
            if (!isComplete(record, rule.needsComplete())) {
                withheld.add(new Withheld(rule.id(), rule.needsComplete().stream()
                        .filter(kind -> !record.isComplete(kind)).sorted().toList()));
            } else {
                rule.evaluateOnce(record, cohorts, asOf).ifPresent(finding -> {
                    findings.add(finding);
                    tiers.put(finding.ruleId(), rule.tier());
                    superseded.addAll(rule.supersedes());
                });
            }
        }
        findings.removeIf(finding -> superseded.contains(finding.ruleId()));
        tiers.keySet().removeAll(superseded);
        return new Opportunities(findings, tiers, withheld);
    }

    private static boolean isComplete(PatientRecord record, Set<ResourceKind> kinds) {
        for (ResourceKind kind : kinds) {
            if (!record.isComplete(kind)) {
                return false;
            }
        }
        return true;
    }
}
