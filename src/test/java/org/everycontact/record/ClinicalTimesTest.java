package org.everycontact.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** FHIR date and dateTime values keep the date as written, whatever their offset or precision. */
class ClinicalTimesTest {

    private static ClinicalTime of(String dateTime) {
        return ClinicalTimes.of(new DateTimeType(dateTime));
    }

    @Test
    void theDateIsTheOneWrittenInTheValuesOwnOffset() {
        assertEquals(LocalDate.parse("2026-11-26"), of("2026-11-26T23:30:00-05:00").date());
        assertEquals(Instant.parse("2026-11-27T04:30:00Z"), of("2026-11-26T23:30:00-05:00").instant());
        assertEquals(LocalDate.parse("2026-11-27"), of("2026-11-27T00:15:00+13:00").date());
        assertEquals(LocalDate.parse("2026-06-30"), of("2026-06-30T23:59:59+01:00").date());
    }

    @Test
    void lessThanDayPrecisionReadsAsTheFirstMonthOrDay() {
        assertEquals(LocalDate.parse("2024-01-01"), of("2024").date());
        assertEquals(LocalDate.parse("2024-02-01"), of("2024-02").date());
        assertEquals(LocalDate.parse("2024-02-29"), ClinicalTimes.of(new DateType("2024-02-29")).date());
    }

    @Test
    void aPeriodReadsAsItsStartAndOtherChoicesAsNothing() {
        Period period = new Period().setStartElement(new DateTimeType("2025-03-04T10:00:00Z"));
        assertEquals(LocalDate.parse("2025-03-04"), ClinicalTimes.ofChoice(period).date());
        assertNull(ClinicalTimes.ofChoice(new StringType("yesterday")));
        assertNull(ClinicalTimes.of(new DateTimeType()));
    }
}
