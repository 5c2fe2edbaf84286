package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.LifestyleReadings.Measured;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * R-MECC-ALC-01 Alcohol: identification and brief advice (clinical-spec §6.7; UK clinical guidelines
 * for alcohol treatment ch.3; QOF MH007).
 * <ul>
 * <li>Population: age at least {@code alcohol.age-min} (18); GX including palliative care.</li>
 * <li>Trigger C (risk band): the latest full AUDIT in the last 12 months, not older than the latest
 *     AUDIT-C, scores 8 to 15 (increasing risk), 16 to 19 (higher risk) or 20 or more (possible
 *     dependence: specialist assessment, no brief advice). Below 8 nothing fires.</li>
 * <li>Trigger B (positive screen): otherwise, the latest AUDIT-C in the last 12 months is at least 5
 *     and no full AUDIT is recorded on or after its day: complete the full AUDIT.</li>
 * <li>Trigger A (screen due): no AUDIT-C, AUDIT or alcohol units in 60 months (design), or 12 months
 *     for people on the SMI register (MH007).</li>
 * <li>Evidence "Prompt" names the trigger; scores are read from any unit (they are dimensionless).</li>
 * </ul>
 */
final class AlcoholBriefAdvice implements Rule {

    static final String ID = "R-MECC-ALC-01";
    static final String SCREEN = "Alcohol screen due";
    static final String COMPLETE_AUDIT = "Complete full AUDIT";
    static final String INCREASING_RISK = "Increasing risk";
    static final String HIGHER_RISK = "Higher risk";
    static final String POSSIBLE_DEPENDENCE = "Possible dependence";

    private final LifestyleParameters.Alcohol parameters;
    private final Register smi;
    private final CodeSet auditC;
    private final CodeSet audit;
    private final CodeSet alcoholStatus;
    private final GlobalExclusions exclusions;

    AlcoholBriefAdvice(LifestyleParameters.Alcohol parameters, ValueSetLibrary valueSets,
                       GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.smi = Register.smi(valueSets);
        this.auditC = valueSets.get(ValueSetId.AUDIT_C);
        this.audit = valueSets.get(ValueSetId.AUDIT);
        this.alcoholStatus = valueSets.get(ValueSetId.ALCOHOL_STATUS);
        this.exclusions = exclusions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Tier tier() {
        return Tier.LIFESTYLE;
    }

    @Override
    public Set<ResourceKind> needsComplete() {
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (age < parameters.ageMin() || exclusions.excludesPreventive(record, asOf)) {
            return Optional.empty();
        }
        int resultMonths = parameters.resultLookbackMonths();
        Optional<Measured> screen = recent(LifestyleReadings.latestValue(record, auditC, asOf,
                LifestyleReadings.ANY_UNIT), asOf, resultMonths);
        Optional<Measured> full = recent(LifestyleReadings.latestValue(record, audit, asOf,
                LifestyleReadings.ANY_UNIT), asOf, resultMonths);
        List<Evidence> evidence = new ArrayList<>();
        if (full.isPresent() && (screen.isEmpty() || !full.get().date().isBefore(screen.get().date()))) {
            Optional<String> band = band(full.get());
            if (band.isEmpty()) {
                return Optional.empty();
            }
            evidence.add(Evidence.valued("Prompt", band.get()));
            evidence.add(new Evidence("AUDIT score", full.get().plainValue(), full.get().date()));
        } else if (screen.isPresent() && atLeast(screen.get(), parameters.auditCPositive())) {
            evidence.add(Evidence.valued("Prompt", COMPLETE_AUDIT));
            evidence.add(new Evidence("AUDIT-C score", screen.get().plainValue(), screen.get().date()));
            evidence.add(Evidence.valued("AUDIT-C positive from", Integer.toString(parameters.auditCPositive())));
        } else {
            boolean onSmiRegister = smi.includes(record, asOf);
            int months = onSmiRegister ? parameters.smiScreenLookbackMonths() : parameters.screenLookbackMonths();
            if (LifestyleReadings.anyWithinMonths(record, asOf, months, auditC, audit, alcoholStatus)) {
                return Optional.empty();
            }
            evidence.add(Evidence.valued("Prompt", SCREEN));
            LifestyleReadings.latestEvent(record, asOf, auditC, audit, alcoholStatus).ifPresentOrElse(
                    d -> evidence.add(Evidence.dated("Last alcohol screen", d)),
                    () -> evidence.add(Evidence.statement("No alcohol screen in the record")));
            evidence.add(Evidence.valued("Look-back (months)", Integer.toString(months)));
            if (onSmiRegister) {
                evidence.add(Evidence.statement("On the SMI register"));
            }
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }

    private Optional<String> band(Measured audit) {
        if (atLeast(audit, parameters.possibleDependenceFrom())) {
            return Optional.of(POSSIBLE_DEPENDENCE);
        }
        if (atLeast(audit, parameters.higherRiskFrom())) {
            return Optional.of(HIGHER_RISK);
        }
        if (atLeast(audit, parameters.increasingRiskFrom())) {
            return Optional.of(INCREASING_RISK);
        }
        return Optional.empty();
    }

    private static boolean atLeast(Measured score, int threshold) {
        return score.value().compareTo(BigDecimal.valueOf(threshold)) >= 0;
    }

    private static Optional<Measured> recent(Optional<Measured> measured, LocalDate asOf, int months) {
        return measured.filter(m -> RecordQueries.withinMonths(m.date(), asOf, months));
    }
}
