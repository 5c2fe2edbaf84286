package org.everycontact.cards;

import java.util.List;
import org.everycontact.opportunities.Finding;

/**
 * Writes the card for one rule's finding, in the MECC style of clinical-spec §9. The composer sets the
 * indicator (C3) and places the prioritisation bullet before the detail's source line (§9.3, §9.4).
 */
interface RuleCardWriter {

    String ruleId();

    /** Summary, at most 139 characters, with no label of the patient. */
    String summary(Finding finding);

    /** GitHub-flavoured Markdown: the evidence with dates, the action, why this patient, the source. */
    String detail(Finding finding);

    Source source();

    /**
     * The local services the card links to, in order: {@link ServiceDirectory} picks the page for the
     * patient's area, or the national NHS website page.
     */
    default List<ServiceType> services() {
        return List.of();
    }

    /** Guidance pages other than the source's, linked after the services. */
    default List<Link> guidance() {
        return List.of();
    }

    /**
     * What the EHR could do for the clinician (clinical-spec §9.3): requests, recalls and coded entries
     * with a verified SNOMED CT concept, never a prescription. None by default.
     */
    default List<SuggestionTemplate> suggestions(Finding finding) {
        return List.of();
    }
}
