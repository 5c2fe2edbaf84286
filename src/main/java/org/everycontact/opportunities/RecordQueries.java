package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ProcedureEntry;
import org.everycontact.record.ResourceKind;
import org.everycontact.terminology.CodeSet;

/**
 * Questions rules ask of a record about coded events of any kind: a code may be recorded as a
 * Condition, an Observation or a Procedure in GP systems (clinical-spec IN-3), so all are searched.
 */
final class RecordQueries {

    /** The resource types a coded event may be recorded in: what a rule needs complete to judge absence. */
    static final Set<ResourceKind> CODED_EVENT_TYPES =
            Set.of(ResourceKind.OBSERVATION, ResourceKind.CONDITION, ResourceKind.PROCEDURE);

    private RecordQueries() {
    }

    /** Dates of every usable Condition, Observation (code or component) or Procedure in the set. */
    static Stream<ClinicalTime> codedEvents(PatientRecord record, CodeSet codes) {
        Stream<ClinicalTime> conditions = record.conditions().stream()
                .filter(c -> !c.isRefutedOrError() && codes.containsAny(c.codes()))
                .map(ConditionEntry::when);
        Stream<ClinicalTime> observations = record.observations().stream()
                .filter(ObservationEntry::isUsable)
                .filter(o -> codes.containsAny(o.codes())
                        || o.components().stream().anyMatch(c -> codes.containsAny(c.codes())))
                .map(ObservationEntry::effective);
        Stream<ClinicalTime> procedures = record.procedures().stream()
                .filter(p -> !"entered-in-error".equals(p.status()) && !"not-done".equals(p.status()))
                .filter(p -> codes.containsAny(p.codes()))
                .map(ProcedureEntry::performed);
        return Stream.of(conditions, observations, procedures).flatMap(s -> s).filter(t -> t != null);
    }

    static Optional<LocalDate> latest(PatientRecord record, CodeSet codes) {
        return codedEvents(record, codes).map(ClinicalTime::date).max(Comparator.naturalOrder());
    }

    /** {@code in_last(n months)}: effective date after the as-of date minus n calendar months (spec §6). */
    static boolean withinMonths(LocalDate date, LocalDate asOf, int months) {
        return date.isAfter(asOf.minusMonths(months));
    }

    static boolean anyWithinMonths(PatientRecord record, CodeSet codes, LocalDate asOf, int months) {
        return codedEvents(record, codes).anyMatch(t -> withinMonths(t.date(), asOf, months));
    }

    /**
     * On a register: a Condition in the set that is not refuted, in error, resolved, inactive or in
     * remission, or a usable coded Observation in the set (GP systems record register codes either way).
     * A "resolved" cluster (e.g. HYPRES_COD) is not yet applied.
     */
    static boolean onRegister(PatientRecord record, CodeSet codes, LocalDate asOf) {
        boolean condition = record.conditions().stream()
                .filter(c -> !c.isRefutedOrError() && codes.containsAny(c.codes()))
                .anyMatch(c -> c.clinicalStatus() == null || "active".equals(c.clinicalStatus())
                        || "recurrence".equals(c.clinicalStatus()) || "relapse".equals(c.clinicalStatus()));
        return condition || record.observations().stream()
                .filter(o -> o.isUsable() && codes.containsAny(o.codes()))
                .anyMatch(o -> o.effective() == null || !o.effective().date().isAfter(asOf));
    }
}
