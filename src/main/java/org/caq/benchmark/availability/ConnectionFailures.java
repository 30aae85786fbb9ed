package org.caq.benchmark.availability;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Which failures mean the database could not be reached, and whether the current request's thread met one. The
 * engine's REST API turns such a failure into its own 500 ("An exception occurred in the persistence layer"), so
 * the failure is noted where it happens (obtaining a connection, or a pooled connection dying under a statement)
 * for {@link OutageFilter} to read when the request is answered.
 */
final class ConnectionFailures {

    private static final ThreadLocal<Boolean> SEEN = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> BUSY = new ThreadLocal<>();

    private ConnectionFailures() {
    }

    static void record() {
        SEEN.set(Boolean.TRUE);
    }

    static boolean seen() {
        return SEEN.get() != null;
    }

    /** The request was turned away for load (a full start queue, a pool with no connection free): not an outage. */
    static void recordBusy() {
        BUSY.set(Boolean.TRUE);
    }

    static boolean busySeen() {
        return BUSY.get() != null;
    }

    static void clear() {
        SEEN.remove();
        BUSY.remove();
    }

    /** Connection refused or lost, the server shutting down or starting (SQL states 08…, 57P0…), a pool timeout. */
    static boolean isConnectionFailure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof DatabaseUnreachable) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
