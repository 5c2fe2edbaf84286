package org.everycontact.opportunities;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One fact a finding rests on, for the card to show: a label with a date ("Last blood pressure",
 * 2020-06-01), a value ("Age", "46"), or both absent when the fact is an absence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String label, String value, LocalDate date) {

    public static Evidence dated(String label, LocalDate date) {
        return new Evidence(label, null, date);
    }

    public static Evidence valued(String label, String value) {
        return new Evidence(label, value, null);
    }

    public static Evidence statement(String label) {
        return new Evidence(label, null, null);
    }
}
