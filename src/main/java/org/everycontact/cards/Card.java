package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A CDS Hooks card as sent on the wire. Empty optional fields are omitted (CDS Hooks forbids
 * null, "", [] and {}); {@code extension} carries {@code org.everycontact.findings}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(
        String uuid,
        String summary,
        String detail,
        String indicator,
        Source source,
        List<Link> links,
        List<Coding> overrideReasons,
        Map<String, Object> extension,
        List<Suggestion> suggestions) {

    public static final int MAX_SUMMARY_LENGTH = 139;

    public Card {
        if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("card summary must be 1 to 139 characters");
        }
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A card without suggestions. */
    public Card(String uuid, String summary, String detail, String indicator, Source source, List<Link> links,
                List<Coding> overrideReasons, Map<String, Object> extension) {
        this(uuid, summary, detail, indicator, source, links, overrideReasons, extension, List.of());
    }

    /**
     * {@code any} when there are suggestions (CDS Hooks: required with suggestions; the only value Epic
     * supports), otherwise absent.
     */
    @JsonProperty("selectionBehavior")
    public String selectionBehavior() {
        return suggestions.isEmpty() ? null : "any";
    }
}
