package org.everycontact.record;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Reads FHIR date and dateTime values into {@link ClinicalTime} without time-zone surprises. */
final class ClinicalTimes {

    private ClinicalTimes() {
    }

    static ClinicalTime of(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        int month = value.getMonth() == null ? 0 : value.getMonth();
        int day = value.getDay() == null ? 1 : value.getDay();
        LocalDate date = LocalDate.of(value.getYear(), month + 1, day);
        return new ClinicalTime(date, value.getValue().toInstant());
    }

    /** dateTime, Period (its start) or anything else (null) from a choice element. */
    static ClinicalTime ofChoice(Type value) {
        if (value instanceof BaseDateTimeType dateTime) {
            return of(dateTime);
        }
        if (value instanceof Period period) {
            return of(period.getStartElement());
        }
        return null;
    }
}
