package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile, started for real on its own database: no demo users, the administrator from the
 * environment, and a clear refusal to start without the administrator's password.
 */
class ProductionProfileIT {

    /** Command-line arguments: they outrank the profile's own settings, as a real deployment's would. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    private static Map<String, Object> production(String database) {
        Map<String, Object> properties = new HashMap<>(TestSettings.properties(database));
        properties.put("server.port", "0");
        properties.put("camunda.bpm.generate-unique-process-engine-name", "true");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        return properties;
    }

    @Test
    void creates_the_procedure_groups_and_the_administrator_but_no_demo_user() {
        Map<String, Object> properties = production("production_check");
        properties.put("BENCHMARK_ADMIN_USER", "ops");
        properties.put("BENCHMARK_ADMIN_PASSWORD", "Prod-Password-1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .profiles("postgres").run(arguments(properties))) {
            IdentityService identity = context.getBean(IdentityService.class);

            assertThat(identity.checkPassword("ops", "Prod-Password-1")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupId("office").count()).isEqualTo(1);
        }
    }

    @Test
    void refuses_to_start_without_the_administrator_password() {
        Map<String, Object> properties = production("production_refusal");
        properties.put("BENCHMARK_ADMIN_PASSWORD", "");

        assertThatThrownBy(() -> new SpringApplicationBuilder(BenchmarkApplication.class)
                .profiles("postgres").run(arguments(properties)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHMARK_ADMIN_PASSWORD");
    }
}
