package org.everycontact.equity;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.everycontact.support.DatabaseBehindProxy;

/**
 * The database behind a proxy that tests can cut, a write buffer small enough to overflow in a test
 * (one write in progress plus {@link #CAPACITY} queued), a fixed eight-second wait between tries of a
 * write (longer than the two seconds after which reads try the database again, so that a test can see a
 * card still waiting to be written), and the production bound on the snooze read.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    static final int CAPACITY = 6;
    static final String READ_TIMEOUT = "500ms";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "everycontact.equity.write-queue-capacity", Integer.toString(CAPACITY),
                "everycontact.equity.retry-backoff", "8s",
                "everycontact.equity.retry-backoff-max", "8s",
                "everycontact.equity.read-retry-interval", "2s",
                "everycontact.equity.read-timeout", READ_TIMEOUT);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseBehindProxy.class));
    }
}
