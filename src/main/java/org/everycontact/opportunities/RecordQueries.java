package org.everycontact.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.everycontact.cohorts.Registers;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.MedicationEntry;
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

    /** MedicationRequest and MedicationStatement statuses that mean the medicine was not issued or taken. */
    private static final Set<String> UNUSABLE_MEDICATION_STATUSES =
            Set.of("entered-in-error", "cancelled", "not-taken", "draft");

    private RecordQueries() {
    }

    /**
     * Dates of every usable Condition, Observation (code or component) or Procedure in the set: the
     * record's index gives the entries carrying a code of the set, each once and in the record's order.
     */
    static Stream<ClinicalTime> codedEvents(PatientRecord record, CodeSet codes) {
        return eventTimes(record, codes).stream();
    }

    /** {@link #codedEvents} as a list, gathered without a stream pipeline: the rules ask this many times a call. */
    private static List<ClinicalTime> eventTimes(PatientRecord record, CodeSet codes) {
        List<ClinicalTime> times = new ArrayList<>();
        for (ConditionEntry c : record.index().conditions(codes.keys())) {
            if (!c.isRefutedOrError() && c.when() != null) {
                times.add(c.when());
            }
        }
        for (ObservationEntry o : record.index().observationsOrComponents(codes.keys())) {
            if (o.isUsable() && o.effective() != null) {
                times.add(o.effective());
            }
        }
        for (ProcedureEntry p : record.index().procedures(codes.keys())) {
            if (!"entered-in-error".equals(p.status()) && !"not-done".equals(p.status()) && p.performed() != null) {
                times.add(p.performed());
            }
        }
        return times;
    }

    static Optional<LocalDate> latest(PatientRecord record, CodeSet codes) {
        LocalDate latest = null;
        for (ClinicalTime t : eventTimes(record, codes)) {
            if (latest == null || t.date().isAfter(latest)) {
                latest = t.date();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** {@code in_last(n months)}: effective date after the as-of date minus n calendar months (spec §6). */
    static boolean withinMonths(LocalDate date, LocalDate asOf, int months) {
        return date.isAfter(asOf.minusMonths(months));
    }

    static boolean anyWithinMonths(PatientRecord record, CodeSet codes, LocalDate asOf, int months) {
        LocalDate after = asOf.minusMonths(months);
        for (ClinicalTime t : eventTimes(record, codes)) {
            if (t.date().isAfter(after)) {
                return true;
            }
        }
        return false;
    }

    /** On the register of the set, with no "resolved" cluster ({@link Registers#includes}). */
    static boolean onRegister(PatientRecord record, CodeSet codes, LocalDate asOf) {
        return Registers.includes(record, codes, null, asOf);
    }

    /** On the register of the set, ended by a later code of {@code resolved} ({@link Registers#includes}). */
    static boolean onRegister(PatientRecord record, CodeSet codes, CodeSet resolved, LocalDate asOf) {
        return Registers.includes(record, codes, resolved, asOf);
    }

    /** Dates of usable issues (MedicationRequest) and statements (MedicationStatement) of a medicine in the set. */
    static Stream<LocalDate> medicationDates(PatientRecord record, CodeSet medicines) {
        return record.index().medications(medicines.keys()).stream()
                .filter(m -> m.status() == null || !UNUSABLE_MEDICATION_STATUSES.contains(m.status()))
                .filter(m -> m.when() != null)
                .map(m -> m.when().date());
    }

    /** Dates of usable issues (MedicationRequest only) of a medicine in the set. */
    static Stream<LocalDate> issueDates(PatientRecord record, CodeSet medicines) {
        return record.index().medications(medicines.keys()).stream()
                .filter(m -> m.kind() == MedicationEntry.Kind.REQUEST)
                .filter(m -> m.status() == null || !UNUSABLE_MEDICATION_STATUSES.contains(m.status()))
                .filter(m -> m.when() != null)
                .map(m -> m.when().date());
    }

    /** A medicine in the set issued or recorded as taken in the last n months. */
    static boolean medicationWithinMonths(PatientRecord record, CodeSet medicines, LocalDate asOf, int months) {
        return medicationDates(record, medicines).anyMatch(d -> withinMonths(d, asOf, months) && !d.isAfter(asOf));
    }
}
