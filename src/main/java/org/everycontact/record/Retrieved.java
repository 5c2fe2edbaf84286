package org.everycontact.record;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * What one prefetch value or fetch yielded: the resources, a next-page link still to follow, and
 * whether the source reported an error (an OperationOutcome of severity error or fatal).
 */
record Retrieved(List<Resource> resources, String nextLink, boolean failed, String failure) {

    static Retrieved of(List<Resource> resources, String nextLink) {
        return new Retrieved(List.copyOf(resources), nextLink, false, null);
    }

    static Retrieved failure(String reason) {
        return new Retrieved(List.of(), null, true, reason);
    }

    boolean hasMore() {
        return nextLink != null;
    }
}
