package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.opportunities.LabValues.Measure;
import org.everycontact.opportunities.LabValues.Result;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-LIP-02 Established CVD above lipid target (clinical-spec §6.2; NICE QS100 statement 5, NG238;
 * QOF CHOL004).
 * <ul>
 * <li>Population: on the CHD, PAD, stroke or TIA register (CKD is not included in CHOL004).</li>
 * <li>Trigger: the latest cholesterol result day in the last {@code lipidLookbackMonths} (12) months
 *     is judged: its LDL cholesterol above {@code ldlMax} (2.0 mmol/L), or, with no LDL that day, its
 *     non-HDL cholesterol above {@code nonHdlMax} (2.6 mmol/L). LDL wins on the same day. A value
 *     equal to the target is at target. mg/dL is converted (§8.2); a result in a unit that cannot be
 *     read is not judged (DQ-LAB-UNIT reports it).</li>
 * <li>Variant "lipid profile due": no LDL or non-HDL cholesterol result in the last 12 months.</li>
 * <li>Exclusions: pregnancy in the last {@code pregnancyLookback} (8.5 months); palliative care; GX.</li>
 * <li>Not implemented: the maximal tolerated lipid-lowering therapy exclusion (cluster name and codes
 *     unverified, U; no code list is loaded).</li>
 * </ul>
 */
final class CvdAboveLipidTarget implements Rule {

    static final String ID = "R-LIP-02";

    private final CardiovascularParameters.Lipids parameters;
    private final CardiovascularQueries queries;
    private final LabValues labValues;
    private final Pregnancy pregnancy;
    private final GlobalExclusions exclusions;

    CvdAboveLipidTarget(CardiovascularParameters.Lipids parameters, CardiovascularQueries queries, LabValues labValues,
                        Pregnancy pregnancy, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.queries = queries;
        this.labValues = labValues;
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
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        if (exclusions.excludesPreventive(record, asOf)) {
            return Optional.empty();
        }
        Optional<CardiovascularQueries.Register> register = queries.establishedCvd(record, asOf);
        if (register.isEmpty()
                || pregnancy.recordedAfter(record, asOf.minus(parameters.pregnancyLookback()), asOf).isPresent()) {
            return Optional.empty();
        }
        List<Result> all = labValues.cholesterol(record, asOf);
        List<Result> recent = all.stream()
                .filter(r -> RecordQueries.withinMonths(r.date(), asOf, parameters.lipidLookbackMonths())).toList();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Condition", register.get().name()));
        evidence.add(Evidence.valued("LDL target (mmol/L)", parameters.ldlMax().toPlainString()));
        evidence.add(Evidence.valued("Non-HDL target (mmol/L)", parameters.nonHdlMax().toPlainString()));
        if (recent.isEmpty()) {
            evidence.add(Evidence.statement("Lipid profile due"));
            if (!all.isEmpty()) {
                evidence.add(Evidence.dated("Last cholesterol result", all.get(all.size() - 1).date()));
            }
            evidence.add(Evidence.valued("Look-back (months)", Integer.toString(parameters.lipidLookbackMonths())));
            return Optional.of(new Finding(ID, evidence));
        }
        LocalDate day = recent.get(recent.size() - 1).date();
        Optional<Result> judged = lastOn(recent, day, Measure.LDL).or(() -> lastOn(recent, day, Measure.NON_HDL));
        if (judged.isEmpty() || !judged.get().readable()) {
            return Optional.empty();
        }
        Result result = judged.get();
        BigDecimal target = result.measure() == Measure.LDL ? parameters.ldlMax() : parameters.nonHdlMax();
        if (result.mmolPerL().compareTo(target) <= 0) {
            return Optional.empty();
        }
        evidence.add(new Evidence(result.measure().label(), result.display(), result.date()));
        evidence.add(Evidence.valued("Target (mmol/L)", target.toPlainString()));
        return Optional.of(new Finding(ID, evidence));
    }

    private static Optional<Result> lastOn(List<Result> results, LocalDate day, Measure measure) {
        return results.stream().filter(r -> r.date().equals(day) && r.measure() == measure).reduce((a, b) -> b);
    }
}
