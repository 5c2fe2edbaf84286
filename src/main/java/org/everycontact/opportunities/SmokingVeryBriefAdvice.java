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
 * <li>Trigger "record status": with one of those conditions, no smoking status in the last 12 months.</li>
 * <li>Evidence "Prompt" tells the two apart.</li>
 * </ul>
 */
final class SmokingVeryBriefAdvice implements Rule {

    static final String ID = "R-MECC-SMK-01";
    static final String OFFER_SUPPORT = "Offer stop-smoking support";
    static final String RECORD_STATUS = "Record smoking status";

    private final LifestyleParameters.Smoking parameters;
    private final List<Register> conditions;
    private final CodeSet statuses;
    private final CodeSet currentSmoker;
    private final CodeSet support;
    private final GlobalExclusions exclusions;

    SmokingVeryBriefAdvice(LifestyleParameters.Smoking parameters, ValueSetLibrary valueSets,
                           GlobalExclusions exclusions) {
        this.parameters = parameters;
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
                parameters.conditionStatusLookbackMonths())).isEmpty()) {
            prompt = RECORD_STATUS;
        } else {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Prompt", prompt));
        status.ifPresentOrElse(
                s -> evidence.add(new Evidence("Last smoking status", s.current() ? "current smoker" : "not smoking",
                        s.date())),
                () -> evidence.add(Evidence.statement("No smoking status in the record")));
        lastSupport.ifPresent(d -> evidence.add(Evidence.dated("Last stop-smoking support", d)));
        if (prompt.equals(OFFER_SUPPORT)) {
            evidence.add(Evidence.valued("Support look-back (months)", Integer.toString(supportMonths)));
        } else {
            evidence.add(Evidence.valued("Status look-back (months)",
                    Integer.toString(parameters.conditionStatusLookbackMonths())));
        }
        if (!held.isEmpty()) {
            evidence.add(Evidence.valued("Long-term conditions", String.join(", ", held)));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
