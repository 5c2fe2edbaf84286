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
                .filter(p -> !"entered-in-error".equals(p.status()) && !"not-done".equals(p.status()))
                .flatMap(p -> p.codes().stream().filter(codes::contains)
                        .map(code -> new Event(code, p.performed() == null ? null : p.performed().date())));
        return Stream.of(conditions, observations, procedures).flatMap(s -> s);
    }

    static Optional<Event> latest(PatientRecord record, CodeSet codes) {
        return of(record, codes).max(BY_DATE);
    }

    /**
     * The latest code that places the patient on a register: a Condition in the set that is not
     * refuted, in error, resolved, inactive or in remission, or a usable Observation or Procedure in the
     * set dated up to the as-of date; empty when a resolved code (if any) was recorded the same day or
     * after the latest diagnosis code.
     */
    static Optional<Event> register(PatientRecord record, CodeSet codes, CodeSet resolved, LocalDate asOf) {
        boolean active = record.index().conditions(codes.keys()).stream()
                .filter(c -> !c.isRefutedOrError())
                .anyMatch(CodedEvents::activeCondition)
                || Stream.concat(
                        record.index().observations(codes.keys()).stream().filter(ObservationEntry::isUsable)
                                .map(ObservationEntry::effective),
                        record.index().procedures(codes.keys()).stream()
                                .filter(p -> !"entered-in-error".equals(p.status()) && !"not-done".equals(p.status()))
                                .map(ProcedureEntry::performed))
                        .anyMatch(t -> t == null || !t.date().isAfter(asOf));
        if (!active) {
            return Optional.empty();
        }
        Optional<Event> diagnosis = latest(record, codes);
        Optional<LocalDate> lastResolved = resolved == null ? Optional.empty()
                : of(record, resolved).map(Event::date).filter(d -> d != null).max(Comparator.naturalOrder());
        if (lastResolved.isPresent() && diagnosis.map(Event::date)
                .map(d -> !d.isAfter(lastResolved.get())).orElse(false)) {
            return Optional.empty();
        }
        return diagnosis;
    }

    private static boolean activeCondition(ConditionEntry c) {
        return c.clinicalStatus() == null || "active".equals(c.clinicalStatus())
                || "recurrence".equals(c.clinicalStatus()) || "relapse".equals(c.clinicalStatus());
    }
}
