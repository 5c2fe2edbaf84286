package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * DQ-LAB-UNIT: a cholesterol result in a unit EveryContact cannot read (clinical-spec §8.2, hazard
 * H12, test T-UNIT-02). An LDL or non-HDL cholesterol result in the last {@code lipidLookbackMonths}
 * (12) months whose unit is neither mmol/L nor mg/dL (e.g. "%") is never judged against a target;
 * this note names each such result and its date instead. It judges what is present, so it needs no
 * resource type complete. GX (deceased).
 */
final class UnreadableLabUnit implements Rule {

    static final String ID = "DQ-LAB-UNIT";

    private final CardiovascularParameters.Lipids parameters;
    private final LabValues labValues;
    private final GlobalExclusions exclusions;

    UnreadableLabUnit(CardiovascularParameters.Lipids parameters, LabValues labValues, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.labValues = labValues;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.DATA_QUALITY;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return Set.of();
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        if (exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        List<Evidence> unreadable = labValues.cholesterol(record, asOf).stream()
                .filter(r -> !r.readable() && RecordQueries.withinMonths(r.date(), asOf, parameters.lipidLookbackMonths()))
                .map(r -> new Evidence(r.measure().label(), r.recordedDisplay(), r.date()))
                .toList();
        return unreadable.isEmpty() ? Optional.empty() : Optional.of(new Finding(ID, unreadable));
    }
}
