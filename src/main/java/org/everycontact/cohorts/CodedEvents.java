package org.everycontact.cohorts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.everycontact.record.Code;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ProcedureEntry;
import org.everycontact.terminology.CodeSet;

/**
 * Coded events of any kind for the cohorts: a code may be recorded as a Condition, an Observation or a
 * Procedure in GP systems (clinical-spec IN-3). Register membership follows the rules' reading (QOF):
 * the latest diagnosis code not followed, on the same day or later, by a resolved code.
 */
final class CodedEvents {

    /** One recorded code and its date (null when the record gave none). */
    record Event(Code code, LocalDate date) {
        String evidence() {
            return code.system() + "|" + code.code() + (date == null ? "" : " on " + date);
        }
    }

    private static final Comparator<Event> BY_DATE =
            Comparator.comparing(Event::date, Comparator.nullsFirst(Comparator.naturalOrder()));

    private CodedEvents() {
    }

    /**
     * Every code in the set on a usable Condition, Observation or Procedure. The record's index gives
     * the entries with a code in the set, each once and in the record's order.
     */
    static Stream<Event> of(PatientRecord record, CodeSet codes) {
        return events(record, codes, c -> true);
    }

    /**
     * As {@link #of}, leaving out Conditions no longer active (resolved, inactive, in remission): a
     * PLUS group is what the record says of the patient now, not what it once said.
     */
    static Stream<Event> current(PatientRecord record, CodeSet codes) {
        return events(record, codes, CodedEvents::activeCondition);
    }

    private static Stream<Event> events(PatientRecord record, CodeSet codes, Predicate<ConditionEntry> condition) {
        Stream<Event> conditions = record.index().conditions(codes.keys()).stream()
                .filter(c -> !c.isRefutedOrError() && condition.test(c))
                .flatMap(c -> c.codes().stream().filter(codes::contains)
                        .map(code -> new Event(code, c.when() == null ? null : c.when().date())));
        Stream<Event> observations = record.index().observations(codes.keys()).stream()
                .filter(ObservationEntry::isUsable)
                .flatMap(o -> o.codes().stream().filter(codes::contains)
                        .map(code -> new Event(code, o.effective() == null ? null : o.effective().date())));
        Stream<Event> procedures = record.index().procedures(codes.keys()).stream()
                .filter(CodedEvents::usable)
                .flatMap(p -> p.codes().stream().filter(codes::contains)
                        .map(code -> new Event(code, p.performed() == null ? null : p.performed().date())));
        return Stream.of(conditions, observations, procedures).flatMap(s -> s);
    }

    static Optional<Event> latest(PatientRecord record, CodeSet codes) {
        return of(record, codes).max(BY_DATE);
    }

    /** The latest code of the register {@link Registers#includes} places the patient on. */
    static Optional<Event> register(PatientRecord record, CodeSet codes, CodeSet resolved, LocalDate asOf) {
        return Registers.includes(record, codes, resolved, asOf) ? latest(record, codes) : Optional.empty();
    }

    static boolean usable(ProcedureEntry p) {
        return !"entered-in-error".equals(p.status()) && !"not-done".equals(p.status());
    }

    static boolean activeCondition(ConditionEntry c) {
        return c.clinicalStatus() == null || "active".equals(c.clinicalStatus())
                || "recurrence".equals(c.clinicalStatus()) || "relapse".equals(c.clinicalStatus());
    }
}
