package org.everycontact.examples;

import org.everycontact.support.TestPatient;

/**
 * One example patient of fhir-profiles/examples: its file name, what it shows (for a rule's nearest
 * non-firing neighbour, the one fact that differs), the example it is the neighbour of, what the
 * service should find, and the record.
 *
 * @param neighbourOf the name of the firing example this one differs from by one fact, or {@code null}
 */
public record ExamplePatient(String name, String shows, String neighbourOf, Expectation expectation,
        TestPatient record) {

    public String file() {
        return name + ".json";
    }
}
