package org.everycontact.equity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The hook call a set of cards was issued in: what feedback on those cards joins to.
 *
 * @param patientPseudonym from {@link PatientPseudonyms}, never the identifier itself
 * @param asOf the call's as-of date, from which a dismissal's snooze counts
 */
public record CardIssue(String serviceId, String hookInstance, String patientPseudonym, LocalDate asOf,
                        Instant issuedAt) {
}
