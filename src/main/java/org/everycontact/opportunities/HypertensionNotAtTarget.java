package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.opportunities.BloodPressureReadings.Modality;
import org.everycontact.opportunities.BloodPressureReadings.Reading;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-HTN-04 Hypertension not at target / not reviewed (clinical-spec §6.1; NICE NG136; QOF HYP008/HYP009).
 * <ul>
 * <li>Population: on the hypertension register (latest HYP_COD not followed by HYPRES_COD); GX
 *     (deceased).</li>
 * <li>Target: age up to 79, {@code bp.target.u80} clinic 140/90, home/ABPM average 135/85; age 80 or
 *     over, or moderate or severe frailty recorded when the {@code frailtyGate} (U) is on,
 *     {@code bp.target.80plus_or_frail} clinic 150/90, home/ABPM 145/85. A value equal to the target
 *     is at target (QOF "150/90 or less").</li>
 * <li>Trigger: the latest blood pressure (clinic day value, home or ABPM average) in the last 12 months
 *     is above its modality's target on either value, or there is no blood pressure in 12 months.</li>
 * <li>Exclusions (QOF personalised care adjustments): BP declined (BPDEC_COD), hypertension quality
 *     indicator care declined (HYPPCADEC_COD) or unsuitable (HYPPCAPU_COD) in the current QOF year
 *     (1 April to 31 March); maximal tolerated antihypertensive therapy (HTMAX_COD) in the last
 *     {@code maximalTherapyMonths} (12, U) months.</li>
 * <li>The QOF indicator in force (HYP008/HYP009 in 2025/26) is named in the evidence.</li>
 * <li>Not implemented: the HYPINVITE_COD rank lowering.</li>
 * </ul>
 */
final class HypertensionNotAtTarget implements Rule {

    static final String ID = "R-HTN-04";

    /** The QOF personalised care adjustments that suppress the rule. */
    record Adjustments(CodeSet bpDeclined, CodeSet careDeclined, CodeSet careUnsuitable, CodeSet maximalTherapy) {
    }

    private final ClinicalParameters.BpTarget parameters;
    private final CardiovascularParameters.Hypertension gaps;
    private final BloodPressureReadings readings;
    private final CodeSet hypertension;
    private final CodeSet hypertensionResolved;
    private final Adjustments adjustments;
    private final CodeSet frailty;
    private final GlobalExclusions exclusions;
    private final QofIndicators qof;

    HypertensionNotAtTarget(ClinicalParameters.BpTarget parameters, CardiovascularParameters.Hypertension gaps,
                            BloodPressureReadings readings, CodeSet hypertension, CodeSet hypertensionResolved,
                            Adjustments adjustments, CodeSet frailty, GlobalExclusions exclusions,
                            QofIndicators qof) {
        this.parameters = parameters;
        this.gaps = gaps;
        this.readings = readings;
        this.hypertension = hypertension;
        this.hypertensionResolved = hypertensionResolved;
        this.adjustments = adjustments;
        this.frailty = frailty;
        this.exclusions = exclusions;
        this.qof = qof;
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
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        if (exclusions.excludesAny(record)
                || !RecordQueries.onRegister(record, hypertension, hypertensionResolved, asOf)) {
            return Optional.empty();
        }
        LocalDate qofYearStart = LocalDate.of(asOf.getMonthValue() >= 4 ? asOf.getYear() : asOf.getYear() - 1, 4, 1);
        if (Stream.of(adjustments.bpDeclined(), adjustments.careDeclined(), adjustments.careUnsuitable())
                .flatMap(codes -> RecordQueries.codedEvents(record, codes))
                .anyMatch(t -> !t.date().isBefore(qofYearStart) && !t.date().isAfter(asOf))
                || RecordQueries.codedEvents(record, adjustments.maximalTherapy())
                .anyMatch(t -> RecordQueries.withinMonths(t.date(), asOf, gaps.maximalTherapyMonths())
                        && !t.date().isAfter(asOf))) {
            return Optional.empty();
        }
        int age = record.demographics().ageOn(asOf);
        boolean frail = gaps.frailtyGate() && CardiovascularQueries.anyEver(record, frailty, asOf);
        boolean older = age >= parameters.olderAgeFrom() || frail;
        List<Reading> read = readings.readings(record, asOf);
        List<Reading> all = Stream.concat(BloodPressureReadings.clinicDays(read).stream(),
                        read.stream().filter(r -> r.modality() != Modality.CLINIC))
                .sorted(BloodPressureReadings.CHRONOLOGICAL).toList();
        Optional<Reading> latest = BloodPressureReadings.latest(all);
        List<Evidence> evidence = new ArrayList<>();
        if (latest.isPresent() && RecordQueries.withinMonths(latest.get().date(), asOf, parameters.lookbackMonths())) {
            Reading r = latest.get();
            boolean clinic = r.modality() == Modality.CLINIC;
            int s = clinic ? (older ? parameters.olderClinicSystolic() : parameters.under80ClinicSystolic())
                    : (older ? parameters.olderHomeSystolic() : parameters.under80HomeSystolic());
            int d = clinic ? (older ? parameters.olderClinicDiastolic() : parameters.under80ClinicDiastolic())
                    : (older ? parameters.olderHomeDiastolic() : parameters.under80HomeDiastolic());
            if (!r.above(s, d)) {
                return Optional.empty();
            }
            evidence.add(new Evidence(label(r.modality()), r.display(), r.date()));
            evidence.add(Evidence.valued("Target", s + "/" + d));
        } else {
            latest.ifPresentOrElse(
                    r -> evidence.add(new Evidence("Last blood pressure", r.display(), r.date())),
                    () -> evidence.add(Evidence.statement("No blood pressure reading in the record")));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        if (frail) {
            evidence.add(Evidence.statement("Moderate or severe frailty"));
        }
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(parameters.lookbackMonths())));
        qof.evidence(age >= parameters.olderAgeFrom() ? QofIndicators.BP_TARGET_80_PLUS
                : QofIndicators.BP_TARGET_UNDER_80, asOf).ifPresent(evidence::add);
        return Optional.of(new Finding(ID, evidence));
    }

    static String label(Modality modality) {
        return switch (modality) {
            case CLINIC -> "Clinic blood pressure";
            case HOME -> "Home blood pressure average";
            case AMBULATORY -> "Ambulatory daytime average";
        };
    }
}
