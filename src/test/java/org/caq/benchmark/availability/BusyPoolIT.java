package org.caq.benchmark.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A pool whose connections are all in use (a rush) is not a lost database: a request that gets no connection within
 * the pool's timeout is answered 503 as busy (Chinese, Retry-After 5), the database is not marked unreachable (not
 * by the request, not by the periodic check meeting the same full pool), and the next request after the rush is
 * served at once. The database that is really down is DatabaseOutageIT's. Runs on H2 and on PostgreSQL.
 */
@BenchmarkSpringTest
class BusyPoolIT {

    @Autowired DataSource dataSource;
    @Autowired DatabaseAvailability database;
    @Autowired TestRestTemplate rest;

    @Test
    void a_request_that_finds_every_connection_in_use_is_answered_busy_and_the_database_is_not_taken_for_lost() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> inUse = new ArrayList<>();
        ResponseEntity<Map> engineRest;
        ResponseEntity<Map> api;
        try {
            while (inUse.size() < pool.getMaximumPoolSize()) {
                inUse.add(pool.getConnection());
            }
            engineRest = rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task?maxResults=1", Map.class);
            api = rest.withBasicAuth("office", "demo").getForEntity("/api/recommending-units", Map.class);
            // the periodic check (every 2 s) meets the full pool as well and waits out its own timeout
            Thread.sleep(3_000);
            assertThat(database.unreachable()).as("a busy pool is not a lost database").isFalse();
        } finally {
            for (Connection connection : inUse) {
                connection.close();
            }
        }

        for (ResponseEntity<Map> busy : List.of(engineRest, api)) {
            assertThat(busy.getStatusCode().value()).isEqualTo(503);
            assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(busy.getBody()).containsEntry("type", "ServerBusy");
            assertThat((String) busy.getBody().get("message")).contains("未被受理", "请在 5 秒后重试");
        }
        assertThat(database.unreachable()).isFalse();
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task?maxResults=1", String.class)
                .getStatusCode().value()).as("served at once after the rush").isEqualTo(200);
    }
}
