package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-CYP-ORAL-01 Oral health signpost (clinical-spec §5 CYP oral health).
 * <ul>
 * <li>Population: aged under {@code oral-health.age-limit} (10), and Core20 or in any active PLUS
 *     group (prioritisation only: the card never names which).</li>
 * <li>Trigger: none beyond the population — a low-priority MECC signpost to an NHS dentist and
 *     twice-daily fluoride toothpaste.</li>
 * <li>Exclusions: GX including palliative care.</li>
 * </ul>
 */
final class ChildOralHealth implements Rule {

    static final String ID = "R-CYP-ORAL-01";

    private final ChildrenParameters.OralHealth parameters;
    private final GlobalExclusions exclusions;

    ChildOralHealth(ChildrenParameters.OralHealth parameters, GlobalExclusions exclusions) {
        this.parameters = parameters;
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

    /** Nothing absent triggers it, but the palliative care exclusion reads the coded events. */
    @Override
    public Set<ResourceKind> needsComplete() {
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        if (age < 0 || age >= parameters.ageLimit() || exclusions.excludesPreventive(record, asOf)
                || !(cohorts.core20() || cohorts.inAnyPlusGroup())) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, List.of(Evidence.valued("Age", Integer.toString(age)),
                Evidence.statement("Prioritised under Core20PLUS5"))));
    }
}
