package org.everycontact.record;

/**
 * One prefetch key of a service with its template already resolved for this call, so that the
 * record part can fetch it itself: {@code Observation?patient=123&date=ge2021-05-26&_count=200}.
 */
public record PrefetchQuery(String key, ResourceKind kind, String query) {

    /** A read ({@code Patient/123}) rather than a search. */
    public boolean isRead() {
        return query.indexOf('?') < 0;
    }
}
