package org.everycontact.record;

/** One coding from a CodeableConcept: the system and code identify it, display is for people only. */
public record Code(String system, String code, String display) {
}
