package org.everycontact.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When something happened: the calendar date as recorded (precision-aware, never shifted by the
 * server's time zone) and the instant where the source gave a time, for same-reading pairing.
 */
public record ClinicalTime(LocalDate date, Instant instant) {
}
