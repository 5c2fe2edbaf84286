package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.EthnicGroup;
import org.everycontact.opportunities.LifestyleReadings.Measured;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * R-SMI-01 SMI annual physical health check incomplete (clinical-spec §6.4; NHS England six core
 * elements; QOF MH003, MH006, MH007, MH011, MH012, SMOK002).
 * <ul>
 * <li>Population: on the SMI register (MH_COD, the latest code not a remission code); GX (deceased).</li>
 * <li>Elements, each in the last {@code smi.lookback-months} (12): BMI; blood pressure; alcohol
 *     (units, AUDIT-C or AUDIT); smoking status; HbA1c or fasting glucose, in any unit (T-UNIT-01); a
 *     lipid result. Lipids may be 24 months old unless an MH011 risk factor applies: an antipsychotic
 *     issued in 6 months; CHD, diabetes, stroke, TIA, PAD, CKD 3 to 5 or familial hypercholesterolaemia
 *     (FH list U); latest smoking status current;
 *     latest BMI at or above 25 (23 when the recorded ethnic group is not white; an unknown group uses 25).</li>
 * <li>Trigger: any element missing gives ONE finding listing every missing element.</li>
 * <li>Smoking status and alcohol listed here are not prompted again by R-MECC-SMK-01 "record status" or
 *     R-MECC-ALC-01 "screen due" (clinical-spec C2): those rules read {@code smi.lookback-months} to know.</li>
 * <li>Not implemented: the SMI care declined/unsuitable PCA codes (cluster names U); not loaded.</li>
 * </ul>
 */
public final class SmiHealthCheck implements Rule {

    public static final String ID = "R-SMI-01";
    /** Evidence labels the card reads. */
    public static final String CHECKS_DUE = "Checks due";
    public static final String RECORDED = "Recorded: ";
    public static final String DUE = "Due: ";
    public static final String LOOKBACK = "Look-back (months)";
    public static final String LIPID_LOOKBACK = "Lipid look-back (months)";
    public static final String LIPID_RISK_FACTOR = "Lipid risk factor";

    private final LifestyleParameters.Smi parameters;
    private final Register smi;
    private final List<Register> lipidRisk;
    private final CodeSet bmi;
    private final CodeSet bloodPressure;
    private final CodeSet alcoholStatus;
    private final CodeSet auditC;
    private final CodeSet audit;
    private final CodeSet smokingStatus;
    private final CodeSet currentSmoker;
    private final CodeSet hba1c;
    private final CodeSet fastingGlucose;
    private final CodeSet lipids;
    private final CodeSet antipsychotics;
    private final GlobalExclusions exclusions;

    SmiHealthCheck(LifestyleParameters.Smi parameters, ValueSetLibrary valueSets, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.smi = Register.smi(valueSets);
        this.lipidRisk = List.of(
                Register.of("coronary heart disease", valueSets, ValueSetId.CHD),
                Register.of("diabetes", valueSets, ValueSetId.DIABETES, ValueSetId.DIABETES_RESOLVED),
                Register.of("stroke", valueSets, ValueSetId.STROKE),
                Register.of("TIA", valueSets, ValueSetId.TIA),
                Register.of("peripheral arterial disease", valueSets, ValueSetId.PAD),
                Register.of("CKD stage 3 to 5", valueSets, ValueSetId.CKD_3_5, ValueSetId.CKD_1_2),
                Register.of("familial hypercholesterolaemia", valueSets, ValueSetId.FAMILIAL_HYPERCHOLESTEROLAEMIA));
        this.bmi = valueSets.get(ValueSetId.BMI);
        this.bloodPressure = valueSets.get(ValueSetId.BP_RECORDED);
        this.alcoholStatus = valueSets.get(ValueSetId.ALCOHOL_STATUS);
        this.auditC = valueSets.get(ValueSetId.AUDIT_C);
        this.audit = valueSets.get(ValueSetId.AUDIT);
        this.smokingStatus = valueSets.get(ValueSetId.SMOKING_STATUS);
        this.currentSmoker = valueSets.get(ValueSetId.CURRENT_SMOKER);
        this.hba1c = valueSets.get(ValueSetId.HBA1C);
        this.fastingGlucose = valueSets.get(ValueSetId.FASTING_GLUCOSE);
        this.lipids = valueSets.get(ValueSetId.SMI_LIPID_PROFILE);
        this.antipsychotics = valueSets.get(ValueSetId.ANTIPSYCHOTICS);
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
        if (exclusions.excludesAny(record) || !smi.includes(record, asOf)) {
            return Optional.empty();
        }
        int months = parameters.lookbackMonths();
        Optional<String> lipidRiskFactor = lipidRiskFactor(record, cohorts, asOf);
        int lipidMonths = lipidRiskFactor.isPresent() ? months : parameters.lowRiskLipidLookbackMonths();
        Optional<LocalDate> smoking = LifestyleReadings.latestSmokingStatus(record, smokingStatus, currentSmoker, asOf)
                .map(LifestyleReadings.SmokingStatus::date);
        Optional<Measured> glycaemia = LifestyleReadings.latestValue(record, hba1c, asOf, LifestyleReadings.ANY_UNIT);

        List<Evidence> evidence = new ArrayList<>();
        List<String> due = new ArrayList<>();
        element("BMI", LifestyleReadings.latestEvent(record, asOf, bmi), null, months, asOf, due, evidence);
        element("blood pressure", LifestyleReadings.latestEvent(record, asOf, bloodPressure), null, months, asOf,
                due, evidence);
        element("alcohol", LifestyleReadings.latestEvent(record, asOf, alcoholStatus, auditC, audit), null, months,
                asOf, due, evidence);
        element("smoking status", smoking, null, months, asOf, due, evidence);
        Optional<LocalDate> glucoseDate = LifestyleReadings.latestEvent(record, asOf, hba1c, fastingGlucose);
        String glucoseValue = glycaemia.filter(g -> glucoseDate.isPresent() && g.date().equals(glucoseDate.get()))
                .map(g -> "HbA1c " + Hba1cUnits.display(g)).orElse(null);
        element("HbA1c or glucose", glucoseDate, glucoseValue, months, asOf, due, evidence);
        element("lipids", LifestyleReadings.latestEvent(record, asOf, lipids), null, lipidMonths, asOf, due, evidence);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        evidence.add(0, Evidence.valued(CHECKS_DUE, String.join(", ", due)));
        evidence.add(Evidence.valued(LOOKBACK, Integer.toString(months)));
        evidence.add(Evidence.valued(LIPID_LOOKBACK, Integer.toString(lipidMonths)));
        lipidRiskFactor.ifPresent(reason -> evidence.add(Evidence.valued(LIPID_RISK_FACTOR, reason)));
        return Optional.of(new Finding(ID, evidence));
    }

    /** "Recorded: BMI" with its date, or "Due: BMI" with the date of the last one if any. */
    private static void element(String name, Optional<LocalDate> last, String value, int months, LocalDate asOf,
                                List<String> due, List<Evidence> evidence) {
        if (last.isPresent() && RecordQueries.withinMonths(last.get(), asOf, months)) {
            evidence.add(new Evidence(RECORDED + name, value, last.get()));
        } else {
            due.add(name);
            evidence.add(new Evidence(DUE + name, null, last.orElse(null)));
        }
    }

    /** The first QOF MH011 reason for the 12-month lipid look-back, if any (no ethnicity is named). */
    private Optional<String> lipidRiskFactor(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        if (RecordQueries.medicationWithinMonths(record, antipsychotics, asOf, parameters.antipsychoticMonths())) {
            return Optional.of("antipsychotic issued in the last " + parameters.antipsychoticMonths() + " months");
        }
        Optional<Register> register = lipidRisk.stream().filter(r -> r.includes(record, asOf)).findFirst();
        if (register.isPresent()) {
            return Optional.of(register.get().name());
        }
        if (LifestyleReadings.latestSmokingStatus(record, smokingStatus, currentSmoker, asOf)
                .filter(LifestyleReadings.SmokingStatus::current).isPresent()) {
            return Optional.of("current smoker");
        }
        EthnicGroup group = cohorts.ethnicGroup();
        boolean notWhite = group != EthnicGroup.WHITE && group != EthnicGroup.UNKNOWN;
        BigDecimal threshold = notWhite ? parameters.overweightBmiNotWhite() : parameters.overweightBmi();
        return LifestyleReadings.latestValue(record, bmi, asOf, LifestyleReadings.KG_PER_M2)
                .filter(b -> b.value().compareTo(threshold) >= 0)
                .map(b -> "BMI " + b.plainValue() + " (at or above " + threshold.stripTrailingZeros().toPlainString() + ")");
    }
}
