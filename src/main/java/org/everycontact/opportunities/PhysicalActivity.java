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
import org.everycontact.terminology.ValueSetId;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * R-MECC-PA-01 Physical activity (clinical-spec §6.7; design decision, low priority; UK CMO guidelines).
 * <ul>
 * <li>Population: age at least {@code activity.age-min} (18); GX including palliative care.</li>
 * <li>Trigger: no physical activity status (GPPAQ) in the last {@code activity.lookback-months} (36).</li>
 * <li>Ranked last of the lifestyle prompts.</li>
 * </ul>
 */
public final class PhysicalActivity implements Rule {

    public static final String ID = "R-MECC-PA-01";
    /** Evidence labels the card reads. */
    public static final String LAST_STATUS = "Last physical activity status";
    public static final String LOOKBACK = "Look-back (months)";
    public static final String AGE = "Age";

    private final LifestyleParameters.Activity parameters;
    private final CodeSet activityStatus;
    private final GlobalExclusions exclusions;

    PhysicalActivity(LifestyleParameters.Activity parameters, ValueSetLibrary valueSets,
                     GlobalExclusions exclusions) {
        this.parameters = parameters;
        this.activityStatus = valueSets.get(ValueSetId.PHYSICAL_ACTIVITY_STATUS);
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
        int months = parameters.lookbackMonths();
        if (age < parameters.ageMin() || exclusions.excludesPreventive(record, asOf)
                || LifestyleReadings.anyWithinMonths(record, asOf, months, activityStatus)) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        LifestyleReadings.latestEvent(record, asOf, activityStatus).ifPresentOrElse(
                d -> evidence.add(Evidence.dated(LAST_STATUS, d)),
                () -> evidence.add(Evidence.statement("No physical activity status in the record")));
        evidence.add(Evidence.valued(LOOKBACK, Integer.toString(months)));
        evidence.add(Evidence.valued(AGE, Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
