package org.everycontact.equity;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure because the database could not be reached (no connection could be made or
 * acquired in time, or the one in use broke) from any other database failure: only the first kind is
 * worth waiting out.
 */
final class DatabaseUnreachable {

    /** SQLSTATE class 08: connection exception (SQL standard; PostgreSQL and H2 use it). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Agroal's message when no connection became free, or could be made, within the acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseUnreachable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && (connectionState(sql) || acquisitionTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }

    private static boolean acquisitionTimeout(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith(ACQUISITION_TIMEOUT);
    }
}
