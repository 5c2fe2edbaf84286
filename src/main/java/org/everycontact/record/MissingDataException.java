package org.everycontact.record;

import java.util.List;

/** The data a call needs could be had neither from prefetch nor from the client's FHIR server. */
public class MissingDataException extends RuntimeException {

    private final List<String> keys;

    public MissingDataException(List<String> keys, String reason) {
        super(reason);
        this.keys = List.copyOf(keys);
    }

    /** The prefetch keys that could not be satisfied. */
    public List<String> keys() {
        return keys;
    }
}
