package org.everycontact.record;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * What one prefetch value or fetch yielded: the resources, a next-page link still to follow,
 * whether the source reported an error (an OperationOutcome of severity error or fatal) or could
 * not be read, and why the resources are only part of the result when they are (a Bundle announcing
 * more matches than it holds, a later page that could not be read).
 */
record Retrieved(List<Resource> resources, String nextLink, boolean failed, String failure, String shortfall) {

    static final String TRUNCATED = "the Bundle's total is larger than its entries";

    static Retrieved of(List<Resource> resources, String nextLink) {
        return new Retrieved(List.copyOf(resources), nextLink, false, null, null);
    }

    static Retrieved failure(String reason) {
        return new Retrieved(List.of(), null, true, reason, null);
    }

    /** Some of the result, with the reason the rest is missing. */
    static Retrieved partial(List<Resource> resources, String shortfall) {
        return new Retrieved(List.copyOf(resources), null, false, null, shortfall);
    }

    boolean hasMore() {
        return nextLink != null;
    }

    /** Not all of the result: failed, more pages to follow, or only part of it. */
    boolean incomplete() {
        return failed || hasMore() || shortfall != null;
    }
}
