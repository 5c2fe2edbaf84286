package org.everycontact.record;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/** Reads a searchset Bundle or a single resource into {@link Retrieved}, spotting outcomes and paging. */
final class Bundles {

    /**
     * The HAPI user-data key under which a resource read from a Bundle keeps its entry's fullUrl, so
     * that a reference by that URL ({@code urn:uuid:...}) still finds it ({@link MedicationLookup}).
     */
    static final String FULL_URL = "everycontact.fullUrl";

    private Bundles() {
    }

    static Retrieved read(Resource resource) {
        if (resource instanceof OperationOutcome outcome) {
            return isError(outcome) ? Retrieved.failure("the source returned an OperationOutcome with errors")
                    : Retrieved.of(List.of(), null);
        }
        if (!(resource instanceof Bundle bundle)) {
            return Retrieved.of(List.of(resource), null);
        }
        List<Resource> resources = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            boolean outcomeEntry = entry.hasSearch()
                    && entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME;
            if (r instanceof OperationOutcome outcome) {
                if (isError(outcome)) {
                    return Retrieved.failure("the Bundle holds an OperationOutcome with errors");
                }
            } else if (r != null && !outcomeEntry) {
                if (entry.hasFullUrl()) {
                    r.setUserData(FULL_URL, entry.getFullUrl());
                }
                resources.add(r);
            }
        }
        Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
        String nextUrl = next == null || !next.hasUrl() ? null : next.getUrl();
        long matches = bundle.getEntry().stream().filter(e -> !e.hasSearch() || !e.getSearch().hasMode()
                || e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH).count();
        boolean truncated = nextUrl == null && bundle.hasTotal() && bundle.getTotal() > matches;
        return truncated ? Retrieved.partial(resources, Retrieved.TRUNCATED) : Retrieved.of(resources, nextUrl);
    }

    private static boolean isError(OperationOutcome outcome) {
        return outcome.getIssue().stream().anyMatch(issue ->
                issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                        || issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL);
    }
}
