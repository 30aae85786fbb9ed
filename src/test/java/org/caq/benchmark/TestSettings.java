package org.caq.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings of the application under test. The database is the one the build chose: an in-memory H2 by
 * default, or the test PostgreSQL when the system property {@code benchmark.test.database} is {@code postgres}
 * (the second failsafe execution in the pom). The job executor and the notices' schedules are off: tests drive
 * timers, the sender and the reminder scan explicitly. The demo's embedded SMTP server runs on a free port. The demo
 * users are there, the demo campaign is not (tests open their own). Zhejiang's selection is added from an installation's
 * folder of directories.
 */
public class TestSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {

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
        return Map.of("spring.datasource.url", "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>(properties("benchmark"));
        settings.put("camunda.bpm.job-execution.enabled", "false");
        settings.put("benchmark.demo.campaign", "false");
        // tests send notices and scan for reminders explicitly (NoticeSender.sendDue, Reminders.scan)
        settings.put("benchmark.notices.scheduling", "false");
        // tests remove expired records explicitly (RecordRetention.removeExpired)
        settings.put("benchmark.retention.scheduling", "false");
        settings.put("benchmark.documents.directory", documentsDirectory().toString());
        // a third province, added as an installation adds one: its directory and level rules from a folder (AddedProvinceIT)
        settings.put("benchmark.directory.folder", "src/test/resources/installation-directory");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-settings", settings));
    }

    private static Path documentsDirectory() {
        try {
            return Files.createTempDirectory("benchmark-documents-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
