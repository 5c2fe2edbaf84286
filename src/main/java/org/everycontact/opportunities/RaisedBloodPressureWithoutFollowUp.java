package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.opportunities.BloodPressureReadings.Reading;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-HTN-01 Raised blood pressure without diagnosis or follow-up (clinical-spec §6.1; NICE NG136
 * 1.2.2 to 1.2.4).
 * <ul>
 * <li>Population: age at least 18; not on the hypertension register (latest HYP_COD not followed by
 *     HYPRES_COD).</li>
 * <li>Trigger: a clinic blood pressure in the last {@code lookbackMonths} (24) months, a day's value
 *     being the lower of its last two readings, at or above {@code bp.clinic.raised} (140/90) on either
 *     value, with no later day's clinic reading below 140/90 on both values (b). A later one-sided
 *     reading (systolic or diastolic only) neither triggers on the missing side nor clears it.</li>
 * <li>Not a missed opportunity: ABPM daytime or HBPM average recorded on or after the raised reading's
 *     day (any value); (c) an antihypertensive (list U, §8.6) issued or recorded on or after that day;
 *     BP declined (BPDEC_COD) in the last 12 months; pregnancy in the last 9 months (hazard H13); GX
 *     (deceased). Judging (c) needs the medicines complete.</li>
 * <li>Not implemented: ABPM/HBPM-specific declined codes beyond the bp-declined ValueSet.</li>
 * </ul>
 */
final class RaisedBloodPressureWithoutFollowUp implements Rule {

    static final String ID = "R-HTN-01";

    private final ClinicalParameters.BpClinicRaised parameters;
    private final BloodPressureReadings readings;
    private final CodeSet hypertension;
    private final CodeSet hypertensionResolved;
    private final CodeSet antihypertensives;
    private final CodeSet declined;
    private final Pregnancy pregnancy;
    private final GlobalExclusions exclusions;

    RaisedBloodPressureWithoutFollowUp(ClinicalParameters.BpClinicRaised parameters, BloodPressureReadings readings,
                                       CodeSet hypertension, CodeSet hypertensionResolved,
                                       CodeSet antihypertensives, CodeSet declined, Pregnancy pregnancy,
                                       GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.readings = readings;
        this.hypertension = hypertension;
        this.hypertensionResolved = hypertensionResolved;
        this.antihypertensives = antihypertensives;
        this.declined = declined;
        this.pregnancy = pregnancy;
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.CLINICAL_AREA;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return CardiovascularQueries.CODED_EVENT_AND_MEDICATION_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (age < parameters.ageMin()
                || exclusions.excludesAny(record)
                || RecordQueries.onRegister(record, hypertension, hypertensionResolved, asOf)) {
            return Optional.empty();
        }
        int s = parameters.systolic();
        int d = parameters.diastolic();
        List<Reading> days = readings.clinicDays(record, asOf).stream()
                .filter(r -> RecordQueries.withinMonths(r.date(), asOf, parameters.lookbackMonths())).toList();
        Optional<Reading> latestRaised = days.stream().filter(r -> r.atOrAbove(s, d)).reduce((a, b) -> b);
        if (latestRaised.isEmpty()
                || days.stream().anyMatch(r -> r.date().isAfter(latestRaised.get().date()) && r.completeAndBelow(s, d))) {
            return Optional.empty();
        }
        Reading raised = latestRaised.get();
        boolean monitored = RecordQueries.codedEvents(record, readings.homeAverage())
                .anyMatch(t -> !t.date().isBefore(raised.date()) && !t.date().isAfter(asOf))
                || RecordQueries.codedEvents(record, readings.ambulatoryDaytime())
                .anyMatch(t -> !t.date().isBefore(raised.date()) && !t.date().isAfter(asOf));
        boolean treated = RecordQueries.medicationDates(record, antihypertensives)
                .anyMatch(issued -> !issued.isBefore(raised.date()) && !issued.isAfter(asOf));
        if (monitored || treated
                || RecordQueries.anyWithinMonths(record, declined, asOf, parameters.declinedMonths())
                || pregnancy.recordedAfter(record, asOf.minusMonths(parameters.pregnancyMonths()), asOf).isPresent()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("Clinic blood pressure", raised.display(), raised.date()));
        evidence.add(Evidence.valued("Threshold", s + "/" + d));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
