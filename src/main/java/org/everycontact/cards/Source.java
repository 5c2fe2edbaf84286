package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a card's guidance comes from; topic.code is the card's primary rule id. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(String label, String url, Coding topic) {
}
