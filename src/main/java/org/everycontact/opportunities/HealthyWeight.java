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
 * R-MECC-WT-01 Healthy weight (clinical-spec §6.7; NICE NG246).
 * <ul>
 * <li>Population: age at least {@code weight.age-min} (18); GX including palliative care.</li>
 * <li>Trigger "weight": the latest BMI (kg/m2) in the last 24 months is at or above
 *     {@code bmi.obese}: 30, or 27.5 for the asian and black groups; the mixed and other groups use
 *     {@code weight.obese-bmi-mixed-other} (U, default the general 30); an unknown group uses 30.</li>
 * <li>Trigger "measure": age 40 to 74 and no BMI in the last 60 months (part of the NHS Health Check).</li>
 * <li>Evidence "Prompt" tells the two apart; the ethnic group is never named, only the threshold used.</li>
 * </ul>
 */
public final class HealthyWeight implements Rule {

    public static final String ID = "R-MECC-WT-01";
    /** Evidence labels and "Prompt" values the card reads. */
    public static final String PROMPT = "Prompt";
    public static final String WEIGHT = "Discuss weight";
    public static final String MEASURE = "Measure BMI";
    public static final String BMI = "BMI";
    public static final String THRESHOLD = "Threshold";
    public static final String LOWER_THRESHOLD = "Lower BMI threshold for the recorded ethnic group (NICE NG246)";
    public static final String LAST_BMI = "Last BMI";
    public static final String LOOKBACK = "Look-back (months)";
    public static final String MEASURE_AGES = "BMI measured at ages";
    public static final String AGE = "Age";

    private final LifestyleParameters.Weight parameters;
    private final CodeSet bmi;
    private final GlobalExclusions exclusions;

    HealthyWeight(LifestyleParameters.Weight parameters, ValueSetLibrary valueSets, GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.bmi = valueSets.get(ValueSetId.BMI);
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
        List<Evidence> evidence = new ArrayList<>();
        Optional<Measured> latest = LifestyleReadings.latestValue(record, bmi, asOf, LifestyleReadings.KG_PER_M2);
        Optional<Measured> recent = latest.filter(b -> RecordQueries.withinMonths(b.date(), asOf,
                parameters.bmiLookbackMonths()));
        BigDecimal threshold = threshold(cohorts);
        if (recent.isPresent() && recent.get().value().compareTo(threshold) >= 0) {
            evidence.add(Evidence.valued(PROMPT, WEIGHT));
            evidence.add(new Evidence(BMI, recent.get().plainValue(), recent.get().date()));
            evidence.add(Evidence.valued(THRESHOLD, threshold.stripTrailingZeros().toPlainString()));
            if (threshold.compareTo(parameters.obeseBmi()) != 0) {
                evidence.add(Evidence.statement(LOWER_THRESHOLD));
            }
        } else if (age >= parameters.noBmiAgeMin() && age <= parameters.noBmiAgeMax()
                && !LifestyleReadings.anyWithinMonths(record, asOf, parameters.noBmiLookbackMonths(), bmi)) {
            evidence.add(Evidence.valued(PROMPT, MEASURE));
            LifestyleReadings.latestEvent(record, asOf, bmi).ifPresentOrElse(
                    d -> evidence.add(Evidence.dated(LAST_BMI, d)),
                    () -> evidence.add(Evidence.statement("No BMI in the record")));
            evidence.add(Evidence.valued(LOOKBACK, Integer.toString(parameters.noBmiLookbackMonths())));
            evidence.add(Evidence.valued(MEASURE_AGES, parameters.noBmiAgeMin() + " to " + parameters.noBmiAgeMax()));
        } else {
            return Optional.empty();
        }
        evidence.add(Evidence.valued(AGE, Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }

    private BigDecimal threshold(CohortProfile cohorts) {
        return switch (cohorts.ethnicGroup()) {
            case ASIAN, BLACK -> parameters.obeseBmiAsianBlack();
            case MIXED, OTHER -> parameters.obeseBmiMixedOther();
            case WHITE, UNKNOWN -> parameters.obeseBmi();
        };
    }
}
