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
 * <li>Trigger A (screen due): no AUDIT-C, AUDIT or alcohol status in 60 months (design), or 12 months
 *     for people on the SMI register (MH007). Not for a person on the SMI register whose R-SMI-01 lists
 *     alcohol as due (none in {@code smi.lookback-months}): that card already asks for it (clinical-spec
 *     C2). Triggers B and C still fire for them.</li>
 * <li>Evidence "Prompt" names the trigger; scores are read from any unit (they are dimensionless). Every
 *     finding carries the AUDIT-C and AUDIT thresholds so the card words them from the configuration.</li>
 * </ul>
 */
public final class AlcoholBriefAdvice implements Rule {

    public static final String ID = "R-MECC-ALC-01";
    /** Evidence labels and "Prompt" values the card reads. */
    public static final String PROMPT = "Prompt";
    public static final String SCREEN = "Alcohol screen due";
    public static final String COMPLETE_AUDIT = "Complete full AUDIT";
    public static final String INCREASING_RISK = "Increasing risk";
    public static final String HIGHER_RISK = "Higher risk";
    public static final String POSSIBLE_DEPENDENCE = "Possible dependence";
    public static final String AUDIT_SCORE = "AUDIT score";
    public static final String AUDIT_C_SCORE = "AUDIT-C score";
    public static final String LAST_SCREEN = "Last alcohol screen";
    public static final String LOOKBACK = "Look-back (months)";
    public static final String ON_SMI_REGISTER = "On the SMI register";
    public static final String AGE = "Age";
    public static final String AUDIT_C_POSITIVE_FROM = "AUDIT-C positive from";
    public static final String INCREASING_RISK_FROM = "AUDIT increasing risk from";
    public static final String HIGHER_RISK_FROM = "AUDIT higher risk from";
    public static final String POSSIBLE_DEPENDENCE_FROM = "AUDIT possible dependence from";

    private final LifestyleParameters.Alcohol parameters;
    private final LifestyleParameters.Smi smiCheck;
    private final Register smi;
    private final CodeSet auditC;
    private final CodeSet audit;
    private final CodeSet alcoholStatus;
    private final GlobalExclusions exclusions;

    AlcoholBriefAdvice(LifestyleParameters.Alcohol parameters, LifestyleParameters.Smi smiCheck,
                       ValueSetLibrary valueSets, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.smiCheck = smiCheck;
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
            evidence.add(Evidence.valued(PROMPT, band.get()));
            evidence.add(new Evidence(AUDIT_SCORE, full.get().plainValue(), full.get().date()));
        } else if (screen.isPresent() && atLeast(screen.get(), parameters.auditCPositive())) {
            evidence.add(Evidence.valued(PROMPT, COMPLETE_AUDIT));
            evidence.add(new Evidence(AUDIT_C_SCORE, screen.get().plainValue(), screen.get().date()));
        } else {
            boolean onSmiRegister = smi.includes(record, asOf);
            // R-SMI-01 lists alcohol as due: one prompt, not two (clinical-spec C2).
            if (onSmiRegister && !LifestyleReadings.anyWithinMonths(record, asOf, smiCheck.lookbackMonths(),
                    auditC, audit, alcoholStatus)) {
                return Optional.empty();
            }
            int months = onSmiRegister ? parameters.smiScreenLookbackMonths() : parameters.screenLookbackMonths();
            if (LifestyleReadings.anyWithinMonths(record, asOf, months, auditC, audit, alcoholStatus)) {
                return Optional.empty();
            }
            evidence.add(Evidence.valued(PROMPT, SCREEN));
            LifestyleReadings.latestEvent(record, asOf, auditC, audit, alcoholStatus).ifPresentOrElse(
                    d -> evidence.add(Evidence.dated(LAST_SCREEN, d)),
                    () -> evidence.add(Evidence.statement("No alcohol screen in the record")));
            evidence.add(Evidence.valued(LOOKBACK, Integer.toString(months)));
            if (onSmiRegister) {
                evidence.add(Evidence.statement(ON_SMI_REGISTER));
            }
        }
        evidence.add(Evidence.valued(AGE, Integer.toString(age)));
        evidence.add(Evidence.valued(AUDIT_C_POSITIVE_FROM, Integer.toString(parameters.auditCPositive())));
        evidence.add(Evidence.valued(INCREASING_RISK_FROM, Integer.toString(parameters.increasingRiskFrom())));
        evidence.add(Evidence.valued(HIGHER_RISK_FROM, Integer.toString(parameters.higherRiskFrom())));
        evidence.add(Evidence.valued(POSSIBLE_DEPENDENCE_FROM, Integer.toString(parameters.possibleDependenceFrom())));
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
