package org.caq.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The harness really serves a PostgreSQL the tests can use, whatever user runs the build. */
class PostgresHarnessIT {

    @Test
    void serves_a_real_postgresql_that_accepts_a_new_database() throws Exception {
        String url = TestPostgres.shared().createDatabase("harness_check");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet rs = connection.createStatement().executeQuery("select version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
        }
    }
}
