package org.everycontact.opportunities;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Runs every rule on a record. A rule whose needed resource types are incomplete is withheld, not
 * run, so that missing data is never read as a missed opportunity (clinical-spec C5, hazard H05).
 */
@Singleton
public class OpportunityFinder {

    private final List<Rule> rules;

    public OpportunityFinder(ClinicalParameters parameters, ScreeningParameters screening,
                             MaternityParameters maternity, ChildrenParameters children, ValueSetLibrary valueSets) {
        GlobalExclusions exclusions = new GlobalExclusions(valueSets.get(ValueSetId.PALLIATIVE_CARE));
        BloodPressureReadings readings = new BloodPressureReadings(valueSets.get(ValueSetId.BP_PANEL),
                valueSets.get(ValueSetId.BP_SYSTOLIC), valueSets.get(ValueSetId.BP_DIASTOLIC),
                valueSets.get(ValueSetId.BP_HOME_AVERAGE), valueSets.get(ValueSetId.BP_ABPM_DAYTIME));
        this.rules = byTier(List.of(
                new SevereBloodPressureReading(parameters.bpSevere(), readings, exclusions),
                new NoBloodPressureInFiveYears(parameters.bpScreen(), valueSets.get(ValueSetId.BP_RECORDED),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions),
                new RaisedBloodPressureWithoutFollowUp(parameters.bpClinicRaised(), readings,
                        valueSets.get(ValueSetId.HYPERTENSION), valueSets.get(ValueSetId.BP_DECLINED),
                        valueSets.get(ValueSetId.PREGNANCY), exclusions),
                new HypertensionNotAtTarget(parameters.bpTarget(), readings, valueSets.get(ValueSetId.HYPERTENSION),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions),
                // Cancer screening, maternity continuity, children and young people
                new BowelScreeningDue(screening.bowel(), valueSets.get(ValueSetId.BOWEL_SCREENING), exclusions),
                new BreastScreeningDue(screening.breast(), valueSets.get(ValueSetId.BREAST_SCREENING), exclusions),
                new CervicalScreeningDue(screening.cervical(), new CervicalScreeningDue.Codes(
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_ADEQUATE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_NEGATIVE), valueSets.get(ValueSetId.CERVICAL_HPV_POSITIVE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_TEST_CLINICIAN_SAMPLE),
                        valueSets.get(ValueSetId.CERVICAL_HPV_TEST_SELF_SAMPLE),
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_NOT_APPLICABLE),
                        valueSets.get(ValueSetId.CERVICAL_SCREENING_CEASED)), exclusions),
                new MaternityContinuity(maternity, valueSets.get(ValueSetId.PREGNANCY),
                        valueSets.get(ValueSetId.PREGNANCY_ENDED), exclusions),
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
                new ChildOralHealth(children.oralHealth(), exclusions)));
    }

    /** Rules in card order: by tier (clinical-spec C7), then as listed. */
    private static List<Rule> byTier(List<Rule> rules) {
        return rules.stream().sorted(Comparator.comparing(Rule::tier)).toList();
    }

    public Opportunities find(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        for (Rule rule : rules) {
            List<ResourceKind> incomplete = rule.needsComplete().stream()
                    .filter(kind -> !record.isComplete(kind)).sorted().toList();
            if (!incomplete.isEmpty()) {
                withheld.add(new Withheld(rule.id(), incomplete));
            } else {
                rule.evaluate(record, cohorts, asOf).ifPresent(findings::add);
            }
        }
        return new Opportunities(findings, withheld);
    }
}
