package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.everycontact.record.ClinicalTime;
import org.everycontact.record.Code;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.Quantity;
import org.everycontact.terminology.CodeSet;

/**
 * Values the SMI and MECC rules read from Observations (clinical-spec IN-6, §8.2): the latest
 * measured value of a code set, and the latest smoking status. Observations entered-in-error,
 * cancelled or preliminary, without an effective date, or dated after the as-of date are not read.
 */
final class LifestyleReadings {

    /** A value recorded on a date, its unit as recorded (UCUM code, else the unit text). */
    record Measured(LocalDate date, BigDecimal value, String unit) {

        String plainValue() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /** The latest smoking status: when, and whether it says the person smokes now. */
    record SmokingStatus(LocalDate date, boolean current) {
    }

    /** BMI in kg/m2 only (UCUM code, or the unit text when no code is given); other units are not read. */
    static final Predicate<Quantity> KG_PER_M2 = q -> "kg/m2".equals(q.code())
            || q.code() == null && ("kg/m2".equals(q.unit()) || "kg/m²".equals(q.unit()));

    /** Any unit or none: questionnaire scores are dimensionless ({score}); HbA1c is read in % or mmol/mol. */
    static final Predicate<Quantity> ANY_UNIT = q -> true;

    private static final String SNOMED = "http://snomed.info/sct";

    private static final Comparator<ObservationEntry> CHRONOLOGICAL = Comparator
            .comparing((ObservationEntry o) -> o.effective().date())
            .thenComparing(o -> o.effective().instant(), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private LifestyleReadings() {
    }

    /** The latest usable Observation in the set with a value in an accepted unit. */
    static Optional<Measured> latestValue(PatientRecord record, CodeSet codes, LocalDate asOf,
                                          Predicate<Quantity> unit) {
        return readable(record, codes, asOf)
                .filter(o -> o.value() != null && o.value().value() != null && unit.test(o.value()))
                .max(CHRONOLOGICAL)
                .map(o -> new Measured(o.effective().date(), o.value().value(),
                        o.value().code() != null ? o.value().code() : o.value().unit()));
    }

    /**
     * The latest smoking status: an Observation coded with a SNOMED status, or one (LOINC 72166-2)
     * whose value is a SNOMED status; a status Observation without a known status value (such as
     * "smoking status unknown") is not a status. Current when the status is a current-smoker code.
     */
    static Optional<SmokingStatus> latestSmokingStatus(PatientRecord record, CodeSet statuses, CodeSet current,
                                                       LocalDate asOf) {
        return readable(record, statuses, asOf)
                .filter(o -> statusConcept(o).stream().anyMatch(c -> SNOMED.equals(c.system()) && statuses.contains(c)))
                .max(CHRONOLOGICAL)
                .map(o -> new SmokingStatus(o.effective().date(), current.containsAny(statusConcept(o))));
    }

    /** The value of a status question (LOINC 72166-2), else the Observation's own codes. */
    private static List<Code> statusConcept(ObservationEntry o) {
        return o.valueCodes().isEmpty() ? o.codes() : o.valueCodes();
    }

    /** Readable Observations with a code of the set, in the record's order. */
    private static Stream<ObservationEntry> readable(PatientRecord record, CodeSet codes, LocalDate asOf) {
        return record.index().observations(codes.keys()).stream()
                .filter(o -> o.isUsable() && !"preliminary".equals(o.status()))
                .filter(o -> o.effective() != null && !o.effective().date().isAfter(asOf));
    }

    /** Dates, on or before the as-of date, of coded events in any of the sets. */
    static Stream<LocalDate> eventDates(PatientRecord record, LocalDate asOf, CodeSet... sets) {
        return Stream.of(sets).flatMap(s -> RecordQueries.codedEvents(record, s))
                .map(ClinicalTime::date).filter(d -> !d.isAfter(asOf));
    }

    static Optional<LocalDate> latestEvent(PatientRecord record, LocalDate asOf, CodeSet... sets) {
        return eventDates(record, asOf, sets).max(Comparator.naturalOrder());
    }

    static boolean anyWithinMonths(PatientRecord record, LocalDate asOf, int months, CodeSet... sets) {
        return eventDates(record, asOf, sets).anyMatch(d -> RecordQueries.withinMonths(d, asOf, months));
    }
}
