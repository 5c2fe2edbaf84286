package org.everycontact.cards;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A CDS Hooks link; EveryContact only emits {@code absolute} links. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Link(String label, String url, String type) {

    public static Link absolute(String label, String url) {
        return new Link(label, url, "absolute");
    }
}
