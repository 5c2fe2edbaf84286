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
 * R-NHC-01 NHS Health Check due (clinical-spec §6.3).
 * <ul>
 * <li>Population: age {@code ageMin} to {@code ageMax} (40 to 74) at the as-of date.</li>
 * <li>Eligibility exclusions: on a register of CHD, CKD stage 3 to 5 (no later stage 1-2 code; stage
 *     1-2 itself only when {@code ckdStages1And2Exclude}, U), diabetes (no later DMRES_COD),
 *     hypertension (no later HYPRES_COD), atrial fibrillation, TIA, familial hypercholesterolaemia
 *     (list U), heart failure, PAD or stroke; a statin issued in the last {@code statinLookbackMonths}
 *     (6) months; any recorded QRISK or CVD risk score at or above {@code highRiskThreshold} (20%).</li>
 * <li>Trigger: no NHS Health Check completed code (local list, U) and no CVD risk assessment in the
 *     last {@code intervalMonths} (60) months.</li>
 * <li>Exclusions: palliative care and GX.</li>
 * </ul>
 */
final class HealthCheckDue implements Rule {

    static final String ID = "R-NHC-01";

    private final CardiovascularParameters.HealthCheck parameters;
    private final List<Register> registers;
    private final CodeSet ckd12;
    private final CodeSet statins;
    private final List<CodeSet> riskScores;
    private final CodeSet healthCheck;
    private final CodeSet riskAssessment;
    private final GlobalExclusions exclusions;

    /**
     * @param registers the registers that make a patient ineligible
     * @param ckd12 CKD stage 1 and 2, an exclusion only when {@code ckdStages1And2Exclude}
     * @param riskScores the code sets whose recorded percentages count as a previous CVD risk
     */
    HealthCheckDue(CardiovascularParameters.HealthCheck parameters, List<Register> registers, CodeSet ckd12,
                   CodeSet statins, List<CodeSet> riskScores, CodeSet healthCheck, CodeSet riskAssessment,
                   GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.registers = List.copyOf(registers);
        this.ckd12 = ckd12;
        this.statins = statins;
        this.riskScores = List.copyOf(riskScores);
        this.healthCheck = healthCheck;
        this.riskAssessment = riskAssessment;
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
        int months = parameters.intervalMonths();
        if (age < parameters.ageMin() || age > parameters.ageMax()
                || exclusions.excludesPreventive(record, asOf)
                || registers.stream().anyMatch(r -> r.includes(record, asOf))
                || (parameters.ckdStages1And2Exclude() && RecordQueries.onRegister(record, ckd12, asOf))
                || RecordQueries.medicationWithinMonths(record, statins, asOf, parameters.statinLookbackMonths())
                || riskScores.stream().flatMap(codes -> CardiovascularQueries.scores(record, codes, asOf).stream())
                        .anyMatch(s -> s.percent().compareTo(parameters.highRiskThreshold()) >= 0)
                || RecordQueries.anyWithinMonths(record, healthCheck, asOf, months)
                || RecordQueries.anyWithinMonths(record, riskAssessment, asOf, months)) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        CardiovascularQueries.latestUpTo(record, healthCheck, asOf).ifPresentOrElse(
                last -> evidence.add(Evidence.dated("Last NHS Health Check", last)),
                () -> evidence.add(Evidence.statement("No NHS Health Check found in the record")));
        CardiovascularQueries.latestUpTo(record, riskAssessment, asOf).ifPresent(
                last -> evidence.add(Evidence.dated("Last CVD risk assessment", last)));
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        evidence.add(Evidence.valued("Eligible ages", parameters.ageMin() + " to " + parameters.ageMax()));
        evidence.add(Evidence.valued("Interval (months)", Integer.toString(months)));
        return Optional.of(new Finding(ID, evidence));
    }
}
