package org.everycontact.deprivation;

import java.time.Duration;
import java.util.List;

/**
 * The summary of importing one file: whether it was new, what it held, how many rows were read,
 * stored and rejected (with the first reasons).
 */
public record ImportResult(
        String sourceName,
        boolean unchanged,
        String layout,
        String edition,
        long rowsRead,
        long rowsStored,
        long rowsRejected,
        List<RejectedRow> firstRejections,
        Duration took) {
}
