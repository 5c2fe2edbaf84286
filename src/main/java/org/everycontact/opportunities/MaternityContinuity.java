package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.cohorts.Pregnancy;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * R-MAT-01 Maternity continuity of carer (clinical-spec §4 area 1, §6.8; S27).
 * <ul>
 * <li>Population: pregnant — a pregnancy code (PRIMIS PREG) in the last 8.5 months with no delivery
 *     code (PREGDEL) on or after it.</li>
 * <li>Trigger: a recorded ethnic group NHS England prioritises for midwifery continuity of carer
 *     (Black, Asian, mixed), or a home neighbourhood in a configured national IMD decile (1, the most
 *     deprived 10%). Info only: check booking and that the local LMNS continuity offer is known.</li>
 * <li>Exclusions: deceased. The evidence names the reason for the detail; a card must never put it in
 *     its summary (§9.4).</li>
 * </ul>
 */
final class MaternityContinuity implements Rule {

    static final String ID = "R-MAT-01";

    private final MaternityParameters parameters;
    private final Pregnancy pregnancy;
    private final GlobalExclusions exclusions;

    MaternityContinuity(MaternityParameters parameters, Pregnancy pregnancy, GlobalExclusions exclusions) {
        this.parameters = parameters;
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

    /** A delivery code's absence is judged, so the coded-event types must be complete. */
    @Override
    public Set<ResourceKind> needsComplete() {
        return RecordQueries.CODED_EVENT_TYPES;
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        boolean ethnicGroup = parameters.ethnicGroups().contains(cohorts.ethnicGroup());
        Integer decile = cohorts.englishImdDecile();
        boolean neighbourhood = decile != null && parameters.imdDeciles().contains(decile);
        if (!ethnicGroup && !neighbourhood || exclusions.excludesAny(record)) {
            return Optional.empty();
        }
        Optional<LocalDate> pregnant =
                pregnancy.recordedAfter(record, asOf.minusDays(parameters.pregnancyLookbackDays()), asOf);
        if (pregnant.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.dated("Pregnancy recorded", pregnant.get()));
        if (ethnicGroup) {
            evidence.add(Evidence.statement("Recorded ethnic group prioritised for continuity of carer"));
        }
        if (neighbourhood) {
            evidence.add(Evidence.valued("Home neighbourhood IMD decile", decile.toString()));
        }
        return Optional.of(new Finding(ID, evidence));
    }
}
