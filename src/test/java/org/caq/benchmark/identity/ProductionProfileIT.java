package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.caq.benchmark.ChildApplication;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production profile, started for real on its own database: no demo users, the administrator from the
 * environment, and a clear refusal to start without the administrator's password. It runs in a JVM of its own:
 * Camunda's webapps keep JVM-wide state, and a second application closed in the tests' JVM broke the webapps of the
 * one all Spring tests share.
 */
class ProductionProfileIT {

    @TempDir Path work;

    /** Command-line arguments: they outrank the profile's own settings, as a real deployment's would. */
    private Map<String, Object> production(String database) throws IOException {
        Map<String, Object> properties = new HashMap<>(TestSettings.properties(database));
        properties.put("spring.profiles.active", "postgres");
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("benchmark.documents.directory", Files.createDirectories(work.resolve("documents")));
        properties.put("benchmark.calendar.directory", Files.createDirectories(work.resolve("calendar")));
        return properties;
    }

    @Test
    void creates_the_procedure_groups_and_the_administrator_but_no_demo_user() throws IOException {
        Map<String, Object> properties = production("production_check");
        properties.put("BENCHMARK_ADMIN_USER", "ops");
        properties.put("BENCHMARK_ADMIN_PASSWORD", "Prod-Password-1");
        try (ChildApplication app = ChildApplication.start("production", properties)) {
            LoopbackClient client = new LoopbackClient("127.0.0.1", app.port());
            String ops = "Authorization: " + LoopbackClient.basic("ops", "Prod-Password-1");

            assertThat(client.get("/engine-rest/user/count", ops).body()).isEqualTo("{\"count\":1}");
            assertThat(client.get("/engine-rest/user/count?memberOfGroup=camunda-admin", ops).body()).isEqualTo("{\"count\":1}");
            assertThat(client.get("/engine-rest/group/count?id=office", ops).body()).isEqualTo("{\"count\":1}");
            assertThat(client.get("/engine-rest/user/count", "Authorization: " + LoopbackClient.basic("admin", "admin"))
                    .status()).as("no demo administrator").isEqualTo(401);
        }
    }

    @Test
    void refuses_to_start_without_the_administrator_password() throws IOException {
        Map<String, Object> properties = production("production_refusal");
        properties.put("BENCHMARK_ADMIN_PASSWORD", "");

        assertThatThrownBy(() -> ChildApplication.start("production-refusal", properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHMARK_ADMIN_PASSWORD");
    }
}
