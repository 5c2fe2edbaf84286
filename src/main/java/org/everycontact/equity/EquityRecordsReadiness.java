package org.everycontact.equity;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail of the equity records: how many wait for the database, how many were dropped or
 * failed since start-up, and whether the database answers now (probed within
 * {@code everycontact.equity.read-timeout}). Always UP: hook calls are answered without the database
 * (records wait in the buffer, snoozes are skipped), and a DOWN here would take every replica out of
 * rotation at once when the shared database goes away, stopping the hooks too. Alert on the detail
 * (or on {@code /q/metrics}) instead.
 */
@Readiness
@Singleton
public class EquityRecordsReadiness implements HealthCheck {

    private final OffPathWriter writer;
    private final BoundedReads reads;
    private final DataSource dataSource;

    public EquityRecordsReadiness(OffPathWriter writer, BoundedReads reads, DataSource dataSource) {
        this.writer = writer;
        this.reads = reads;
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        OffPathWriter.State state = writer.state();
        boolean reachable = reads.read(this::probe).orElse(false);
        return HealthCheckResponse.named("equity-records").up()
                .withData("buffered", state.buffered())
                .withData("dropped", state.dropped())
                .withData("failed", state.failed())
                .withData("databaseReachable", reachable)
                .build();
    }

    private boolean probe() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(0);
        }
    }
}
