package org.everycontact.record;

import java.time.LocalDate;
import java.time.Period;

/**
 * What the Patient resource says about the person. Any field may be null where the record is silent.
 *
 * @param homePostcode postcode of the current home address, as recorded (not yet normalised)
 * @param ethnicCategory the UK Core ethnic category extension's coding
 */
public record Demographics(
        String patientId,
        LocalDate birthDate,
        String gender,
        boolean deceased,
        NhsNumber nhsNumber,
        String homePostcode,
        Code ethnicCategory) {

    /** Nothing that identifies the patient: this must be safe in any log line. */
    @Override
    public String toString() {
        return "Demographics[deceased=" + deceased + ", nhsNumber=" + nhsNumber + "]";
    }

    /** Completed years at the given date (clinical-spec IN-5), or -1 when the birth date is unknown. */
    public int ageOn(LocalDate date) {
        return birthDate == null ? -1 : Period.between(birthDate, date).getYears();
    }
}
