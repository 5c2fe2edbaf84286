package org.everycontact.equity;

import java.sql.SQLException;

/** Recognises an insert that lost a race: a row with the same key was written first. */
public final class DuplicateKey {

    /** SQLSTATE class 23: integrity constraint violation (SQL standard; PostgreSQL and H2 use it). */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private DuplicateKey() {
    }

    /** Whether {@code failure}, or anything that caused it, is an integrity constraint violation. */
    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
