package org.everycontact.record;

import java.util.List;

/**
 * An Immunization, including the UK Core vaccination-procedure extension and, for
 * status not-done, the reasons it was not given.
 */
public record ImmunizationEntry(
        List<Code> vaccineCodes,
        List<Code> procedureCodes,
        String status,
        List<Code> statusReasons,
        ClinicalTime occurrence) {
}
