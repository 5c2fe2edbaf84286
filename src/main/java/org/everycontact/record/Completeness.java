package org.everycontact.record;

/**
 * How much of one resource type EveryContact holds for the patient. Rules that rely on the absence
 * of a record only run when their types are {@link Status#COMPLETE} (clinical-spec C5, hazard H05).
 */
public record Completeness(Status status, Source source, String reason) {

    public enum Status { COMPLETE, PARTIAL, UNAVAILABLE }

    public enum Source { PREFETCH, FHIR_SERVER }

    public static Completeness complete(Source source) {
        return new Completeness(Status.COMPLETE, source, null);
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }
}
