package org.everycontact.opportunities;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    public OpportunityFinder(ClinicalParameters parameters, VaccineParameters vaccines, ValueSetLibrary valueSets) {
        GlobalExclusions exclusions = new GlobalExclusions(valueSets.get(ValueSetId.PALLIATIVE_CARE));
        BloodPressureReadings readings = new BloodPressureReadings(valueSets.get(ValueSetId.BP_PANEL),
                valueSets.get(ValueSetId.BP_SYSTOLIC), valueSets.get(ValueSetId.BP_DIASTOLIC),
                valueSets.get(ValueSetId.BP_HOME_AVERAGE), valueSets.get(ValueSetId.BP_ABPM_DAYTIME));
        List<Rule> all = new ArrayList<>(List.of(
                new SevereBloodPressureReading(parameters.bpSevere(), readings, exclusions),
                new NoBloodPressureInFiveYears(parameters.bpScreen(), valueSets.get(ValueSetId.BP_RECORDED),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions),
                new RaisedBloodPressureWithoutFollowUp(parameters.bpClinicRaised(), readings,
                        valueSets.get(ValueSetId.HYPERTENSION), valueSets.get(ValueSetId.BP_DECLINED),
                        valueSets.get(ValueSetId.PREGNANCY), exclusions),
                new HypertensionNotAtTarget(parameters.bpTarget(), readings, valueSets.get(ValueSetId.HYPERTENSION),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions)));
        // Vaccinations and the respiratory bundle (R-VAC-*, R-RESP-01)
        all.addAll(VaccinationRules.all(vaccines, valueSets, exclusions));
        this.rules = byTier(all);
    }

    /** Rules in card order: by tier (clinical-spec C7), then as listed. */
    private static List<Rule> byTier(List<Rule> rules) {
        return rules.stream().sorted(Comparator.comparing(Rule::tier)).toList();
    }

    /**
     * Runs every rule whose resource types are complete, then drops the findings another finding
     * supersedes (a merged card, clinical-spec C2: R-RESP-01 carries flu, COVID-19 and pneumococcal).
     */
    public Opportunities find(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        Set<String> superseded = new HashSet<>();
        for (Rule rule : rules) {
            List<ResourceKind> incomplete = rule.needsComplete().stream()
                    .filter(kind -> !record.isComplete(kind)).sorted().toList();
            if (!incomplete.isEmpty()) {
                withheld.add(new Withheld(rule.id(), incomplete));
            } else {
                rule.evaluate(record, cohorts, asOf).ifPresent(finding -> {
                    findings.add(finding);
                    superseded.addAll(rule.supersedes());
                });
            }
        }
        findings.removeIf(finding -> superseded.contains(finding.ruleId()));
        return new Opportunities(findings, withheld);
    }
}
