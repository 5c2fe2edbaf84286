package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.opportunities.BloodPressureReadings.Modality;
import org.everycontact.opportunities.BloodPressureReadings.Reading;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-HTN-02 Severe blood pressure reading (clinical-spec §6.1, C3; NICE NG136 section 1.5): the only
 * {@code warning} card. Not a safety net: the reading's author is responsible (hazard H07).
 * <ul>
 * <li>Population: age at least 18, any register status; GX (deceased).</li>
 * <li>Trigger: a clinic reading in the last {@code bp.severe} stale days (14; older is stale and not
 *     shown, hazard H06) at or above 180/120 on either value, with no later clinic reading below
 *     180/120 on both values.</li>
 * <li>Not implemented: "no clinician review coded after it" (spec U: no standard code).</li>
 * <li>Needs no complete resource type: it fires on a reading that is present, and a partial record
 *     can only make it warn more, never less (design decision).</li>
 * </ul>
 */
final class SevereBloodPressureReading implements Rule {

    static final String ID = "R-HTN-02";

    private final ClinicalParameters.BpSevere parameters;
    private final BloodPressureReadings readings;
    private final GlobalExclusions exclusions;

    SevereBloodPressureReading(ClinicalParameters.BpSevere parameters, BloodPressureReadings readings,
                               GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.readings = readings;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.SAFETY;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return Set.of();
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (age < parameters.ageMin() || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        int s = parameters.systolic();
        int d = parameters.diastolic();
        LocalDate oldest = asOf.minusDays(parameters.staleAfterDays());
        List<Reading> clinic = readings.readings(record, asOf).stream()
                .filter(r -> r.modality() == Modality.CLINIC).toList();
        Optional<Reading> severe = clinic.stream()
                .filter(r -> !r.date().isBefore(oldest) && r.atOrAbove(s, d))
                .reduce((first, second) -> second);
        if (severe.isEmpty()
                || clinic.stream().anyMatch(r -> r.isAfter(severe.get()) && r.completeAndBelow(s, d))) {
            return Optional.empty();
        }
        Reading reading = severe.get();
        return Optional.of(new Finding(ID, List.of(
                new Evidence("Clinic blood pressure", reading.display(), reading.date()),
                Evidence.valued("Threshold", s + "/" + d),
                Evidence.valued("Stale after (days)", Integer.toString(parameters.staleAfterDays())))));
    }
}
