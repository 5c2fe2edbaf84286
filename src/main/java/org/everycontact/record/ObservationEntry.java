package org.everycontact.record;

import java.util.List;

/**
 * An Observation: codes, status, when, and its value as a quantity or as codes, with components
 * (blood pressure panels carry systolic and diastolic as components).
 */
public record ObservationEntry(
        List<Code> codes,
        String status,
        ClinicalTime effective,
        Quantity value,
        List<Code> valueCodes,
        List<Component> components) {

    public record Component(List<Code> codes, Quantity value) {
    }

    /** entered-in-error and cancelled observations are ignored everywhere (clinical-spec IN-6). */
    public boolean isUsable() {
        return !"entered-in-error".equals(status) && !"cancelled".equals(status);
    }
}
