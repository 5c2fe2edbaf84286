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

    public OpportunityFinder(ClinicalParameters parameters, LifestyleParameters lifestyle, ValueSetLibrary valueSets) {
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
                // SMI physical health check and MECC lifestyle rules
                new SmiHealthCheck(lifestyle.smi(), valueSets, exclusions),
                new SmokingVeryBriefAdvice(lifestyle.smoking(), valueSets, exclusions),
                new AlcoholBriefAdvice(lifestyle.alcohol(), valueSets, exclusions),
                new HealthyWeight(lifestyle.weight(), valueSets, exclusions),
                new PhysicalActivity(lifestyle.activity(), valueSets, exclusions)));
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
