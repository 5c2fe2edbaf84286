package org.everycontact.opportunities;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    public OpportunityFinder(ClinicalParameters parameters, ValueSetLibrary valueSets) {
        GlobalExclusions exclusions = new GlobalExclusions(valueSets.get(ValueSetId.PALLIATIVE_CARE));
        this.rules = List.of(
                new NoBloodPressureInFiveYears(parameters.bpScreen(), valueSets.get(ValueSetId.BP_RECORDED),
                        valueSets.get(ValueSetId.BP_DECLINED), exclusions));
    }

    public Opportunities find(PatientRecord record, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        for (Rule rule : rules) {
            List<ResourceKind> incomplete = rule.needsComplete().stream()
                    .filter(kind -> !record.isComplete(kind)).sorted().toList();
            if (!incomplete.isEmpty()) {
                withheld.add(new Withheld(rule.id(), incomplete));
            } else {
                rule.evaluate(record, asOf).ifPresent(findings::add);
            }
        }
        return new Opportunities(findings, withheld);
    }
}
