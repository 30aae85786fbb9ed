package org.caq.benchmark.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile creates no demo users; the administrator's password must come from the environment.
 * Starting without it stops the start-up here, with a message that says what to set, before the engine could
 * create an administrator with an empty password.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    static final String PRODUCTION_PROFILE = "postgres";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (password.isBlank()) {
            throw new IllegalStateException("The '" + PRODUCTION_PROFILE + "' profile needs the administrator's "
                    + "password: set the environment variable BENCHMARK_ADMIN_PASSWORD (and BENCHMARK_ADMIN_USER "
                    + "if the administrator is not 'admin') before starting.");
        }
    }
}
