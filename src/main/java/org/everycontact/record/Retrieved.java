package org.everycontact.record;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * What one prefetch value or fetch yielded: the resources, a next-page link still to follow,
 * whether the source reported an error (an OperationOutcome of severity error or fatal), and
 * whether a Bundle announced more matches ({@code total}) than it holds with no link to the rest.
 */
record Retrieved(List<Resource> resources, String nextLink, boolean failed, String failure, boolean truncated) {

    static Retrieved of(List<Resource> resources, String nextLink) {
        return new Retrieved(List.copyOf(resources), nextLink, false, null, false);
    }

    static Retrieved failure(String reason) {
        return new Retrieved(List.of(), null, true, reason, false);
    }

    boolean hasMore() {
        return nextLink != null;
    }

    /** Not all of the result: failed, more pages to follow, or truncated. */
    boolean incomplete() {
        return failed || hasMore() || truncated;
    }
}
