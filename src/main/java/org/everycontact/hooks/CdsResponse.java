package org.everycontact.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.everycontact.cards.Card;

/** {@code {"cards": [...], "extension": {...}}}: cards always present, even when empty. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CdsResponse(@JsonInclude(JsonInclude.Include.ALWAYS) List<Card> cards, Map<String, Object> extension) {
}
