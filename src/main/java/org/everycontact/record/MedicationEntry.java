package org.everycontact.record;

import java.util.List;

/** A MedicationRequest (an issue or prescription) or a MedicationStatement, with its date. */
public record MedicationEntry(Kind kind, List<Code> codes, String status, ClinicalTime when) {

    public enum Kind { REQUEST, STATEMENT }
}
