package org.everycontact.record;

/** A prefetch value the client sent is not valid FHIR R4 JSON: the caller's mistake. */
public class InvalidPrefetchException extends RuntimeException {

    private final String key;

    public InvalidPrefetchException(String key, String reason) {
        super(reason);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
