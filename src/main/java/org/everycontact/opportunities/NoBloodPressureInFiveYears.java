package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-HTN-03 No blood pressure in 5 years (clinical-spec §6.1; QOF BP002).
 * <ul>
 * <li>Population: age at least {@code bp.screen.age_min} (45) at the as-of date.</li>
 * <li>Trigger: no blood pressure record (BP_COD, HOMEBP_COD, ABPM_COD; LOINC 85354-9, 8480-6,
 *     8462-4) in the last {@code bp.screen.lookback_months} (60) months.</li>
 * <li>Exclusions: BP declined (BPDEC_COD) in the same look-back; GX including palliative care.</li>
 * </ul>
 */
final class NoBloodPressureInFiveYears implements Rule {

    static final String ID = "R-HTN-03";

    private final ClinicalParameters.BpScreen parameters;
    private final CodeSet bloodPressure;
    private final CodeSet declined;
    private final GlobalExclusions exclusions;
    private final QofIndicators qof;

    NoBloodPressureInFiveYears(ClinicalParameters.BpScreen parameters, CodeSet bloodPressure, CodeSet declined,
                               GlobalExclusions exclusions, QofIndicators qof) {
        this.parameters = parameters;
        this.bloodPressure = bloodPressure;
        this.declined = declined;
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
        int age = record.demographics().ageOn(asOf);
        int months = parameters.lookbackMonths();
        if (age < parameters.ageMin()
                || exclusions.excludesPreventive(record, asOf)
                || RecordQueries.anyWithinMonths(record, bloodPressure, asOf, months)
                || RecordQueries.anyWithinMonths(record, declined, asOf, months)) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        RecordQueries.latest(record, bloodPressure).ifPresentOrElse(
                last -> evidence.add(Evidence.dated("Last blood pressure", last)),
                () -> evidence.add(Evidence.statement("No blood pressure reading in the record")));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        evidence.add(Evidence.valued("Minimum age", Integer.toString(parameters.ageMin())));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(months)));
        qof.evidence(QofIndicators.BP_RECORDED, asOf).ifPresent(evidence::add);
        return Optional.of(new Finding(ID, evidence));
    }
}
