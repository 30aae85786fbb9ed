package org.caq.benchmark.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API of the starter is open by default and the engine checks nothing for an anonymous call. Every
 * call to {@code /engine-rest} must authenticate with HTTP Basic against the engine's users, so that the
 * engine's authorization applies to it. The project's own {@code /api} accepts Basic or a webapp login. Every
 * password check (Basic on both APIs, the webapps' login, and the REST calls that take a password in their body)
 * goes through {@link LoginThrottle}.
 */
@Configuration
class EngineRestSecurity {

    static final String ENGINE_REST_PATH = "/engine-rest";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(LoginThrottle logins, ProcessEngine engine) {
        var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(new EngineRestAuthentication(logins, engine));
        registration.addUrlPatterns(ENGINE_REST_PATH + "/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ENGINE_REST_PATH);
        registration.setName("engine-rest-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity, LoginThrottle logins) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, logins));
        registration.addUrlPatterns("/api/*");
        registration.setName("api-authentication");
        return registration;
    }

    /** Camunda's own webapp filters come after every filter registered here, so this sees each login first. */
    @Bean
    FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(LoginThrottle logins) {
        var registration = new FilterRegistrationBean<>(new WebappLoginThrottle(logins));
        registration.addUrlPatterns(WebappLoginThrottle.PATH);
        registration.setName("webapp-login-throttle");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PasswordCheckThrottle> passwordCheckThrottle(LoginThrottle logins, IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new PasswordCheckThrottle(logins, identity));
        registration.addUrlPatterns(PasswordCheckThrottle.PATHS);
        registration.setName("password-check-throttle");
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
