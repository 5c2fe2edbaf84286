package org.everycontact.record;

import java.util.List;

/** A Condition: its codes, statuses (FHIR codes, may be null) and dates. */
public record ConditionEntry(
        List<Code> codes,
        String clinicalStatus,
        String verificationStatus,
        ClinicalTime onset,
        ClinicalTime recorded,
        ClinicalTime abatement) {

    /** The date the condition counts from: onset, else the date it was recorded. */
    public ClinicalTime when() {
        return onset != null ? onset : recorded;
    }

    public boolean isRefutedOrError() {
        return "refuted".equals(verificationStatus) || "entered-in-error".equals(verificationStatus);
    }
}
