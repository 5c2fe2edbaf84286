package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A CDS Hooks suggestion: something the EHR can do for the clinician in one click. EveryContact gives
 * each a uuid (for acceptedSuggestions feedback) and exactly one action, as Epic requires.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Suggestion(String uuid, String label, @JsonProperty("isRecommended") Boolean isRecommended,
                         List<SuggestionAction> actions) {

    public Suggestion {
        actions = List.copyOf(actions);
        if (actions.size() != 1) {
            throw new IllegalArgumentException("a suggestion has exactly one action");
        }
    }
}
