package org.everycontact.cards;

import java.util.List;

/**
 * The coded reasons a clinician may give for dismissing a card (clinical-spec §9.3), from the
 * CodeSystem in fhir-profiles/CodeSystem-override-reason.json. Each has the display CDS Hooks requires.
 */
public final class OverrideReasons {

    public static final String SYSTEM = "https://everycontact.org/fhir/CodeSystem/override-reason";

    public static final List<Coding> ALL = List.of(
            new Coding(SYSTEM, "not-appropriate-now", "Not appropriate now"),
            new Coding(SYSTEM, "patient-declined", "Patient declined"),
            new Coding(SYSTEM, "already-done-elsewhere", "Already done elsewhere / record out of date"),
            new Coding(SYSTEM, "data-is-wrong", "Data in the record is wrong"),
            new Coding(SYSTEM, "remind-later", "Not today - remind me later"));

    private OverrideReasons() {
    }
}
