package org.everycontact.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Puts a {@link TcpProxy} between the service and its database, started before Quarkus, so a test can
 * cut the database away and bring it back. On H2 (the default) the database is an in-memory H2 served
 * over TCP by a server started here; on PostgreSQL (the CI's {@code _TEST_QUARKUS_DATASOURCE_JDBC_URL})
 * the proxy leads to the configured server and database.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static final String POSTGRESQL_URL = "_TEST_QUARKUS_DATASOURCE_JDBC_URL";

    private static volatile TcpProxy proxy;
    private Server h2;

    /** The proxy of the running test profile. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        try {
            String url = postgresql() ? throughProxy(URI.create(System.getenv(POSTGRESQL_URL).substring("jdbc:".length())))
                    : h2ThroughProxy();
            return Map.of("quarkus.datasource.jdbc.url", url, "%test.quarkus.datasource.jdbc.url", url);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not put the database behind a proxy", e);
        }
    }

    private static boolean postgresql() {
        String url = System.getenv(POSTGRESQL_URL);
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    private static String throughProxy(URI postgresql) throws IOException {
        proxy = new TcpProxy(postgresql.getHost(), postgresql.getPort() < 0 ? 5432 : postgresql.getPort());
        return "jdbc:postgresql://127.0.0.1:" + proxy.port() + postgresql.getRawPath()
                + (postgresql.getRawQuery() == null ? "" : "?" + postgresql.getRawQuery());
    }

    private String h2ThroughProxy() throws IOException, SQLException {
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
        proxy = new TcpProxy("127.0.0.1", h2.getPort());
        return "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:everycontact-outage;DB_CLOSE_DELAY=-1";
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }
}
