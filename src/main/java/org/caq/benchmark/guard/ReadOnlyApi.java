package org.caq.benchmark.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The project's own {@code /api} writes with plain SQL, outside the engine's command checks: a read-only role may only
 * read there (GET), whatever a controller would otherwise allow it. The user is the one the API's authentication set.
 */
@Configuration
class ReadOnlyApi implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ReadOnlyApi.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;

    ReadOnlyApi(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (READS.contains(request.getMethod()) || !ReadOnlyRoles.readOnly(identity.getCurrentAuthentication())) {
            return true;
        }
        log.warn("Refused {} {} to read-only user {}", request.getMethod(), request.getRequestURI(),
                identity.getCurrentAuthentication().getUserId());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"" + ReadOnlyRoles.REFUSAL + "\"}");
        return false;
    }
}
