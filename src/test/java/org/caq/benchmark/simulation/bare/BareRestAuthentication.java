package org.caq.benchmark.simulation.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the request-cost comparison only: the bare starter's /engine-rest behind Camunda's own HTTP Basic filter, as the
 * Camunda documentation sets it up, so that both sides authenticate and authorize every call; and its {@code /api}
 * behind the same filter.
 */
@Configuration
@ConditionalOnProperty("bare.rest-authentication")
class BareRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restBasicFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
        return registration;
    }

    /** The same filter on the bare side's {@code /api} (only {@link RequestCostPing} is there). */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiBasicFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/api/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/api");
        registration.setName("bare-api-basic");
        return registration;
    }
}
