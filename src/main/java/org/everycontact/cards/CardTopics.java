package org.everycontact.cards;

/**
 * Card topics: one static code per kind of card (Epic remembers overrides against it), from the
 * CodeSystem in fhir-profiles/CodeSystem-card-topic.json. Rule cards use the clinical-spec rule id.
 */
final class CardTopics {

    static final String SYSTEM = "https://everycontact.org/fhir/CodeSystem/card-topic";
    static final String INCOMPLETE_RECORD = "DQ-INCOMPLETE-RECORD";
    static final String INVALID_NHS_NUMBER = "DQ-NHS-NUMBER";
    /** The card summarising the prompts beyond the cap (clinical-spec C1). */
    static final String MORE_OPPORTUNITIES = "MORE-OPPORTUNITIES";

    private CardTopics() {
    }

    static Coding of(String code, String display) {
        return new Coding(SYSTEM, code, display);
    }
}
