package org.everycontact.record;

import java.time.LocalDate;
import java.util.Calendar;
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
        // The date as written, in the value's own offset; HAPI builds a calendar for each field it is
        // asked for, so the fields are read from one (a value with less than day precision reads as
        // the first month or day, as HAPI's getMonth and getDay give it).
        Calendar written = value.getValueAsCalendar();
        LocalDate date = LocalDate.of(written.get(Calendar.YEAR), written.get(Calendar.MONTH) + 1,
                written.get(Calendar.DAY_OF_MONTH));
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
