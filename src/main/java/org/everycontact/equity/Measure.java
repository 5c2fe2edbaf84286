package org.everycontact.equity;

/** The counts the equity report gives for each group; {@link #key()} names them in JSON and CSV. */
public enum Measure {
    /** Distinct patient pseudonyms; in the rule grouping, patients for whom the rule found an opportunity. */
    PATIENTS_SEEN("patientsSeen"),
    /** Hook calls; in the rule grouping, calls in which the rule found an opportunity. */
    HOOK_CALLS("hookCalls"),
    /** Prompt cards shown: rule cards, not the "more opportunities" card nor the record notices. */
    PROMPTS_SHOWN("promptsShown"),
    /** Prompts whose latest feedback is {@code accepted}. */
    ACCEPTED("accepted"),
    /** Prompts whose latest feedback is {@code overridden}. */
    OVERRIDDEN("overridden"),
    /** Rules held back for a patient because a clinician dismissed them recently (clinical-spec C4). */
    SNOOZED("snoozed");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
