package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;

/**
 * One missed-opportunity rule of clinical-spec §6: a pure function of the record and the as-of
 * date, with its parameters and code sets given when it is built.
 */
public interface Rule {

    /** The clinical-spec rule id, e.g. {@code R-HTN-03}. */
    String id();

    /** Resource types that must be complete for the rule to judge an absence safely. */
    Set<ResourceKind> needsComplete();

    Optional<Finding> evaluate(PatientRecord record, LocalDate asOf);
}
