package org.caq.benchmark.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic filter for {@code /engine-rest}, with the password checked through {@link LoginThrottle}:
 * an attempt that must wait is answered 429 with {@code Retry-After} instead of being checked.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final LoginThrottle logins;
    private final ProcessEngine engine;

    EngineRestAuthentication(LoginThrottle logins, ProcessEngine engine) {
        this.logins = logins;
        this.engine = engine;
    }

    /**
     * The application's one engine without asking Camunda's {@code ServiceLoader} lookup, which scans the class path's
     * service files on every request; any other name as Camunda finds it (there is none: the request is answered 404).
     */
    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        authenticationProvider = new ThrottledBasicAuthentication(logins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            super.doFilter(request, response, chain);
        } catch (LoginRefusal refusal) {
            refusal.answer((HttpServletResponse) response);
        }
    }

    /** Camunda's Basic provider (and its challenge), the password check being the throttled one. */
    private static class ThrottledBasicAuthentication extends HttpBasicAuthenticationProvider {

        private final LoginThrottle logins;

        ThrottledBasicAuthentication(LoginThrottle logins) {
            this.logins = logins;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            return BasicCredentials.of(request)
                    .filter(credentials -> logins.verify(credentials.user(), credentials.password(), ClientAddress.of(request)))
                    .map(credentials -> AuthenticationResult.successful(credentials.user()))
                    .orElseGet(AuthenticationResult::unsuccessful);
        }
    }
}
