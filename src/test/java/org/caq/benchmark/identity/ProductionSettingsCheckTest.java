package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void stops_a_production_start_without_the_administrator_password_and_says_what_to_set() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty(ProductionSettingsCheck.ADMIN_PASSWORD, " ");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHMARK_ADMIN_PASSWORD");
    }

    @Test
    void lets_a_production_start_with_the_password_through() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        environment.setProperty(ProductionSettingsCheck.ADMIN_PASSWORD, "s3cret-from-env");
        assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
    }

    @Test
    void leaves_the_demo_alone() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");
        assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
    }
}
