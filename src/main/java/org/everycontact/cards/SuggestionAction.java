package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A CDS Hooks action. EveryContact only proposes {@code create}s.
 *
 * @param resource the new FHIR R4 resource as JSON, written by the service's one FhirContext
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SuggestionAction(String type, String description, @JsonRawValue String resource) {

    public static SuggestionAction create(String description, String resource) {
        return new SuggestionAction("create", description, resource);
    }
}
