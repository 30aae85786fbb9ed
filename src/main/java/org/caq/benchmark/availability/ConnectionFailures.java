package org.caq.benchmark.availability;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

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

    /**
     * Connection refused or lost, the server shutting down or starting (SQL states 08…, 57P0…), a pool timeout behind
     * which the pool failed to connect. A timeout with nothing behind it is not decided here: the data source tells a
     * busy pool from one that cannot connect ({@link #isPoolBusy}) and records which.
     */
    static boolean isConnectionFailure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (isBusyTimeout(cause)) {
                return false;
            }
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

    /**
     * The pool gave no connection in time because every connection it holds is in use: Hikari's timeout then carries
     * neither a cause nor an SQL state (after a failed attempt to connect it carries that failure), and the pool has
     * connections open, none idle. A pool that could open none (a database slow to answer or out of reach) is not busy.
     */
    static boolean isPoolBusy(Throwable failure, DataSource dataSource) {
        HikariPoolMXBean pool = hasBusyTimeout(failure) ? poolOf(dataSource) : null;
        return pool != null && pool.getTotalConnections() > 0 && pool.getIdleConnections() == 0;
    }

    /** A pool timed out with no failure to connect behind it: busy, or slow to connect (the caller tells which). */
    static boolean hasBusyTimeout(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (isBusyTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    private static HikariPoolMXBean poolOf(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean() : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean isBusyTimeout(Throwable failure) {
        return failure instanceof SQLTransientConnectionException timeout && timeout.getCause() == null
                && timeout.getSQLState() == null && timeout.getNextException() == null;
    }

    static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
