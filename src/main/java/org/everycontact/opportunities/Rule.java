package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * One missed-opportunity rule of clinical-spec §6: a pure function of the record, the cohorts the
 * record places the patient in (ethnic group and neighbourhood, for the few rules guidance ties to
 * them) and the as-of date, with its parameters and code sets given when it is built.
 */
public interface Rule {

    /** The clinical-spec rule id, e.g. {@code R-HTN-03}. */
    String id();

    /** Where the rule's cards rank (clinical-spec §7 C7). */
    Tier tier();

    /** Resource types that must be complete for the rule to judge an absence safely. */
    Set<ResourceKind> needsComplete();

    Optional<Finding> evaluate(PatientRecord record, CohortProfile cohorts, LocalDate asOf);

    /**
     * {@link #evaluate}, run once per record, cohort profile and as-of date: the finder and a bundle
     * that reads this rule (R-RESP-01) share one answer.
     */
    default Optional<Finding> evaluateOnce(PatientRecord record, CohortProfile cohorts, LocalDate asOf) {
        return record.index().derived(new Evaluation(this, cohorts, asOf), () -> evaluate(record, cohorts, asOf));
    }

    /** The key of one evaluation: the rule and the profile by identity, the date by value. */
    record Evaluation(Rule rule, CohortProfile cohorts, LocalDate asOf) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Evaluation other && rule == other.rule && cohorts == other.cohorts
                    && asOf.equals(other.asOf);
        }

        @Override
        public int hashCode() {
            return (31 * System.identityHashCode(rule) + System.identityHashCode(cohorts)) * 31 + asOf.hashCode();
        }
    }

    /**
     * Rule ids whose findings this rule's finding merges into one card (clinical-spec C2): when this
     * rule fires, their findings for the same patient are dropped.
     */
    default Set<String> supersedes() {
        return Set.of();
    }
}
