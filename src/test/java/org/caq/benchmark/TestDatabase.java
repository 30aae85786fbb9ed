package org.caq.benchmark;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the database the build chose: an in-memory H2 by default, or the
 * test PostgreSQL when the system property {@code benchmark.test.database} is {@code postgres} (the second
 * failsafe execution in the pom).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "benchmark.test.database";

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    /** Datasource properties for a fresh, empty database of the chosen kind. */
    public static Map<String, Object> properties(String databaseName) {
        if (postgres()) {
            TestPostgres server = TestPostgres.shared();
            return Map.of("spring.datasource.url", server.createDatabase(databaseName),
                    "spring.datasource.username", server.user(),
                    "spring.datasource.password", "");
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test-database", properties("benchmark")));
    }
}
