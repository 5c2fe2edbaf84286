package org.everycontact.record;

/** One coding from a CodeableConcept: the system and code identify it, display is for people only. */
public record Code(String system, String code, String display) {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";

    public boolean is(String otherSystem, String otherCode) {
        return system != null && system.equals(otherSystem) && code != null && code.equals(otherCode);
    }
}
