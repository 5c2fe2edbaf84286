package org.everycontact.cohorts;

import java.time.LocalDate;
import java.util.Optional;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;

/**
 * Whether the record shows a current pregnancy (PRIMIS PREG, ended by PREGDEL): the latest pregnancy
 * code in a window, unless a delivery or pregnancy-loss code is recorded on or after it. One reading
 * for every rule and cohort; each gives its own window as the clinical specification does (8.5 months
 * for R-LIP-* and R-MAT-01, 9 months for R-HTN-01 and flu).
 */
public final class Pregnancy {

    private final CodeSet pregnancy;
    private final CodeSet ended;

    public Pregnancy(CodeSet pregnancy, CodeSet ended) {
        this.pregnancy = pregnancy;
        this.ended = ended;
    }

    /** The date of the pregnancy code recorded after {@code from} and up to the as-of date, if still current. */
    public Optional<LocalDate> recordedAfter(PatientRecord record, LocalDate from, LocalDate asOf) {
        Optional<LocalDate> recorded = CodedEvents.of(record, pregnancy).map(CodedEvents.Event::date)
                .filter(d -> d != null && d.isAfter(from) && !d.isAfter(asOf))
                .max(LocalDate::compareTo);
        if (recorded.isEmpty() || CodedEvents.of(record, ended).map(CodedEvents.Event::date)
                .anyMatch(d -> d != null && !d.isBefore(recorded.get()) && !d.isAfter(asOf))) {
            return Optional.empty();
        }
        return recorded;
    }
}
