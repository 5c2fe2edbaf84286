package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.LifestyleReadings.SmokingStatus;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * R-MECC-SMK-01 Current smoker: very brief advice (clinical-spec §6.7; QOF SMOK002/SMOK004 pattern;
 * NICE IND98; NCSCT Ask-Advise-Act).
 * <ul>
 * <li>Population: age at least {@code smoking.age-min} (15, U); GX including palliative care.</li>
 * <li>Trigger "offer support": the latest smoking status (SNOMED, or the value of LOINC 72166-2) is a
 *     current-smoker code and no stop-smoking support or treatment is recorded in the last 24 months
 *     (U), or 12 months for people with CHD, PAD, stroke, TIA, hypertension, diabetes, COPD, CKD 3 to 5,
 *     asthma or SMI.</li>
 * <li>Trigger "record status": with one of those conditions, no smoking status in the last 12 months;
 *     not for a person on the SMI register whose R-SMI-01 lists smoking status as due (no status in
 *     {@code smi.lookback-months}): that card already asks for it (clinical-spec C2). "Offer support"
 *     still fires for them.</li>
 * <li>Evidence "Prompt" tells the two apart.</li>
 * </ul>
 */
public final class SmokingVeryBriefAdvice implements Rule {

    public static final String ID = "R-MECC-SMK-01";
    /** Evidence labels and "Prompt" values the card reads. */
    public static final String PROMPT = "Prompt";
    public static final String OFFER_SUPPORT = "Offer stop-smoking support";
    public static final String RECORD_STATUS = "Record smoking status";
    public static final String LAST_STATUS = "Last smoking status";
    public static final String LAST_SUPPORT = "Last stop-smoking support";
    public static final String SUPPORT_LOOKBACK = "Support look-back (months)";
    public static final String STATUS_LOOKBACK = "Status look-back (months)";
    public static final String CONDITIONS = "Long-term conditions";
    public static final String AGE = "Age";

    private final LifestyleParameters.Smoking parameters;
    private final LifestyleParameters.Smi smiCheck;
    private final Register smi;
    private final List<Register> conditions;
    private final CodeSet statuses;
    private final CodeSet currentSmoker;
    private final CodeSet support;
    private final GlobalExclusions exclusions;

    SmokingVeryBriefAdvice(LifestyleParameters.Smoking parameters, LifestyleParameters.Smi smiCheck,
                           ValueSetLibrary valueSets, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.smiCheck = smiCheck;
        this.smi = Register.smi(valueSets);
        this.conditions = List.of(
                Register.of("coronary heart disease", valueSets, ValueSetId.CHD),
                Register.of("peripheral arterial disease", valueSets, ValueSetId.PAD),
                Register.of("stroke", valueSets, ValueSetId.STROKE),
                Register.of("TIA", valueSets, ValueSetId.TIA),
                Register.of("hypertension", valueSets, ValueSetId.HYPERTENSION, ValueSetId.HYPERTENSION_RESOLVED),
                Register.of("diabetes", valueSets, ValueSetId.DIABETES, ValueSetId.DIABETES_RESOLVED),
                Register.of("COPD", valueSets, ValueSetId.COPD, ValueSetId.COPD_RESOLVED),
                Register.of("CKD", valueSets, ValueSetId.CKD_3_5, ValueSetId.CKD_1_2),
                Register.of("asthma", valueSets, ValueSetId.ASTHMA, ValueSetId.ASTHMA_RESOLVED),
                Register.smi(valueSets));
        this.statuses = valueSets.get(ValueSetId.SMOKING_STATUS);
        this.currentSmoker = valueSets.get(ValueSetId.CURRENT_SMOKER);
        this.support = valueSets.get(ValueSetId.SMOKING_CESSATION_SUPPORT);
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
        List<String> held = conditions.stream().filter(r -> r.includes(record, asOf)).map(Register::name).toList();
        Optional<SmokingStatus> status = LifestyleReadings.latestSmokingStatus(record, statuses, currentSmoker, asOf);
        Optional<LocalDate> lastSupport = LifestyleReadings.latestEvent(record, asOf, support);
        int supportMonths = held.isEmpty() ? parameters.supportLookbackMonths()
                : parameters.conditionSupportLookbackMonths();
        String prompt;
        if (status.isPresent() && status.get().current()
                && lastSupport.filter(d -> RecordQueries.withinMonths(d, asOf, supportMonths)).isEmpty()) {
            prompt = OFFER_SUPPORT;
        } else if (!held.isEmpty() && status.filter(s -> RecordQueries.withinMonths(s.date(), asOf,
                parameters.conditionStatusLookbackMonths())).isEmpty() && !smiCheckAsks(record, status, asOf)) {
            prompt = RECORD_STATUS;
        } else {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued(PROMPT, prompt));
        status.ifPresentOrElse(
                s -> evidence.add(new Evidence(LAST_STATUS, s.current() ? "current smoker" : "not smoking",
                        s.date())),
                () -> evidence.add(Evidence.statement("No smoking status in the record")));
        lastSupport.ifPresent(d -> evidence.add(Evidence.dated(LAST_SUPPORT, d)));
        if (prompt.equals(OFFER_SUPPORT)) {
            evidence.add(Evidence.valued(SUPPORT_LOOKBACK, Integer.toString(supportMonths)));
        } else {
            evidence.add(Evidence.valued(STATUS_LOOKBACK,
                    Integer.toString(parameters.conditionStatusLookbackMonths())));
        }
        if (!held.isEmpty()) {
            evidence.add(Evidence.valued(CONDITIONS, String.join(", ", held)));
        }
        evidence.add(Evidence.valued(AGE, Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }

    /** R-SMI-01 lists smoking status as due: on the SMI register with no status in its look-back. */
    private boolean smiCheckAsks(PatientRecord record, Optional<SmokingStatus> status, LocalDate asOf) {
        return smi.includes(record, asOf)
                && status.filter(s -> RecordQueries.withinMonths(s.date(), asOf, smiCheck.lookbackMonths())).isEmpty();
    }
}
