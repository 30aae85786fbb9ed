package org.caq.benchmark.availability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, by asking the pool for a working connection: every few seconds, and at
 * once when a request failed with a server error. While it cannot, {@link OutageFilter} answers every request 503
 * without waiting; the watch notices when it is back. The wait for one connection is bounded by the pool's
 * connection timeout (spring.datasource.hikari.connection-timeout).
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final Duration retryAfter;
    private final Duration busyRetryAfter;
    private volatile Instant unreachableSince;

    DatabaseAvailability(DataSource dataSource, @Value("${benchmark.database.retry-after:10s}") Duration retryAfter,
            @Value("${benchmark.database.busy-retry-after:5s}") Duration busyRetryAfter) {
        this.dataSource = dataSource;
        this.retryAfter = retryAfter;
        this.busyRetryAfter = busyRetryAfter;
    }

    /** Whether the database is known to be unreachable now: callers answer at once instead of waiting for it. */
    public boolean unreachable() {
        return unreachableSince != null;
    }

    /** A request lost its connection or could not get one: unreachable until the watch finds it back. */
    void lost() {
        if (unreachableSince == null) {
            unreachableSince = Instant.now();
            log.error("A request could not reach the database; every request is answered 503 until it can");
        }
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** How long a request turned away for load should wait before it is sent again. */
    Duration busyRetryAfter() {
        return busyRetryAfter;
    }

    @Scheduled(fixedDelayString = "${benchmark.database.watch-interval:2s}")
    void watch() {
        reachable();
    }

    /**
     * Asks the pool for a connection now and notes the answer. A pool whose connections are all in use (a rush) is
     * no answer about the database: the state stays as it was.
     */
    boolean reachable() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException e) {
            if (ConnectionFailures.isPoolBusy(e, dataSource)) {
                log.info("The pool had no connection free to check the database with: busy, not unreachable");
                return unreachableSince == null;
            }
            reachable = false;
        }
        Instant since = unreachableSince;
        if (reachable && since != null) {
            unreachableSince = null;
            log.warn("The database is reachable again after {} s; requests are served again",
                    Duration.between(since, Instant.now()).toSeconds());
        } else if (!reachable && since == null) {
            unreachableSince = Instant.now();
            log.error("The database cannot be reached; every request is answered 503 until it can");
        }
        return reachable;
    }
}
