package org.caq.benchmark.guard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guards that stand in front of the engine's REST API, at /engine-rest and behind the webapps' login. */
@Configuration
class GuardFilters {

    @Bean
    FilterRegistrationBean<NoObjectVariables> noObjectVariables() {
        var registration = new FilterRegistrationBean<>(new NoObjectVariables());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("no-object-variables");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ReadOnlyAnswers> readOnlyAnswers() {
        var registration = new FilterRegistrationBean<>(new ReadOnlyAnswers());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("read-only-answers");
        return registration;
    }
}
