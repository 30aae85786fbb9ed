package org.caq.benchmark.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API of the starter is open by default and the engine checks nothing for an anonymous call. Every
 * call to {@code /engine-rest} must authenticate with HTTP Basic against the engine's users, so that the
 * engine's authorization applies to it. The project's own {@code /api} accepts Basic or a webapp login.
 */
@Configuration
class EngineRestSecurity {

    static final String ENGINE_REST_PATH = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns(ENGINE_REST_PATH + "/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ENGINE_REST_PATH);
        registration.setName("engine-rest-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.addUrlPatterns("/api/*");
        registration.setName("api-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicApiFilter> publicApiRequests() {
        var registration = new FilterRegistrationBean<>(new PublicApiFilter());
        registration.addUrlPatterns("/public/api/*");
        registration.setName("public-api-requests");
        return registration;
    }
}
