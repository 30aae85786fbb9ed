package org.caq.benchmark.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * What a real Hikari pool throws, told apart: every connection in use (busy, the database fine) against a database
 * that cannot be reached, with the H2 and the PostgreSQL driver.
 */
class ConnectionFailuresTest {

    @Test
    void a_pool_with_every_connection_in_use_is_busy() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:busy-pool;DB_CLOSE_DELAY=-1", 10_000);
                Connection only = pool.getConnection()) {
            pool.setConnectionTimeout(250);
            Throwable timeout = catchThrowable(pool::getConnection);

            assertThat(only.isValid(1)).isTrue();
            assertThat(ConnectionFailures.isPoolBusy(timeout, pool)).isTrue();
            assertThat(ConnectionFailures.isPoolBusy(new RuntimeException("wrapped", timeout), pool)).isTrue();
            assertThat(ConnectionFailures.isConnectionFailure(timeout)).isFalse();
        }
    }

    @Test
    void a_pool_that_cannot_reach_its_database_is_not_busy_with_either_driver() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        for (String url : new String[] {"jdbc:h2:tcp://127.0.0.1:" + closed + "/mem:down",
                "jdbc:postgresql://127.0.0.1:" + closed + "/down"}) {
            try (HikariDataSource pool = pool(url, 500)) {
                Throwable timeout = catchThrowable(pool::getConnection);

                assertThat(timeout).as(url).isNotNull();
                assertThat(ConnectionFailures.isPoolBusy(timeout, pool)).as(url).isFalse();
            }
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closed + "/down", 3_000)) {
            assertThat(ConnectionFailures.isConnectionFailure(catchThrowable(pool::getConnection)))
                    .as("the refused connection behind the timeout").isTrue();
        }
    }

    private static HikariDataSource pool(String url, long connectionTimeout) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(connectionTimeout);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
