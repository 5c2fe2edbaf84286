package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;

/** CDS Hooks Coding: system and code required; display required for override reasons. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Coding(String system, String code, String display) {
}
