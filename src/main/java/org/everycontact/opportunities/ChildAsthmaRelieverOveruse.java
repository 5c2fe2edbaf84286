package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * R-CYP-AST-01 Asthma: reliever over-use (clinical-spec §5 CYP asthma; S46).
 * <ul>
 * <li>Population: aged under 18 on the asthma register (AST_COD not resolved by ASTRES_COD).</li>
 * <li>Trigger: in the last 12 months, at least {@code sabaReview} (3) SABA issues — a priority review
 *     from {@code sabaPriority} (6) — or any SABA issue with no inhaled corticosteroid-containing
 *     preventer issued or recorded as taken. Thresholds are local choices (U).</li>
 * <li>Exclusions: deceased. Asthma attacks without review are not yet judged (no verified codes).</li>
 * </ul>
 */
final class ChildAsthmaRelieverOveruse implements Rule {

    static final String ID = "R-CYP-AST-01";

    private final int ageLimit;
    private final ChildrenParameters.Asthma parameters;
    private final CodeSet asthma;
    private final CodeSet asthmaResolved;
    private final CodeSet saba;
    private final CodeSet inhaledCorticosteroid;
    private final GlobalExclusions exclusions;

    ChildAsthmaRelieverOveruse(int ageLimit, ChildrenParameters.Asthma parameters, CodeSet asthma,
                               CodeSet asthmaResolved, CodeSet saba, CodeSet inhaledCorticosteroid,
                               GlobalExclusions exclusions) {
        this.ageLimit = ageLimit;
        this.parameters = parameters;
        this.asthma = asthma;
        this.asthmaResolved = asthmaResolved;
        this.saba = saba;
        this.inhaledCorticosteroid = inhaledCorticosteroid;
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

    /** The absence of a preventer is judged, and of an asthma-resolved code. */
    @Override
    public Set<ResourceKind> needsComplete() {
        return Set.of(ResourceKind.OBSERVATION, ResourceKind.CONDITION, ResourceKind.PROCEDURE,
                ResourceKind.MEDICATION_REQUEST, ResourceKind.MEDICATION_STATEMENT);
    }

    @Override
    public Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        int age = record.demographics().ageOn(asOf);
        int months = parameters.lookbackMonths();
        if (age < 0 || age >= ageLimit || exclusions.excludesAny(record)
                || !RecordQueries.onRegister(record, asthma, asthmaResolved, asOf)) {
            return Optional.empty();
        }
        List<LocalDate> issues = RecordQueries.issueDates(record, saba)
                .filter(d -> RecordQueries.withinMonths(d, asOf, months) && !d.isAfter(asOf))
                .sorted(Comparator.reverseOrder())
                .toList();
        boolean preventer = RecordQueries.medicationWithinMonths(record, inhaledCorticosteroid, asOf, months);
        boolean overuse = issues.size() >= parameters.sabaReview();
        if (issues.isEmpty() || !overuse && preventer) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.valued("Reliever issues in look-back", Integer.toString(issues.size())));
        evidence.add(Evidence.dated("Last reliever issue", issues.get(0)));
        evidence.add(Evidence.valued("Look-back (months)", Integer.toString(months)));
        if (overuse) {
            evidence.add(Evidence.valued("Review threshold", Integer.toString(parameters.sabaReview())));
        }
        if (issues.size() >= parameters.sabaPriority()) {
            evidence.add(Evidence.statement("Priority review"));
        }
        if (!preventer) {
            evidence.add(Evidence.statement("No preventer in look-back"));
        }
        evidence.add(Evidence.valued("Age", Integer.toString(age)));
        return Optional.of(new Finding(ID, evidence));
    }
}
