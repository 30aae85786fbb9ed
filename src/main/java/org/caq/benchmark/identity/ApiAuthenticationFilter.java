package org.caq.benchmark.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Authenticates calls to the project's own {@code /api}: with HTTP Basic against the engine's users (scripts,
 * other systems) or with the session of a Camunda webapp login (pages and plugins opened from Tasklist or
 * Cockpit). The user and their groups are set on the engine for the request, so engine calls made while
 * serving it are checked against that user's authorizations.
 */
class ApiAuthenticationFilter implements Filter {

    private static final String ENGINE = "default";
    private static final String UNAUTHENTICATED =
            "{\"message\":\"未登录：请先登录 Camunda 任务列表，或使用 HTTP Basic 认证（用户名和密码）访问此接口。\"}";

    /**
     * A browser sends a custom header only from a script of the same origin (a cross-site form cannot, and no
     * CORS is allowed), so requiring it on every change stops cross-site requests, whether the browser would
     * attach a session cookie or cached Basic credentials. Scripts and other systems simply send it.
     */
    static final String SCRIPT_HEADER = "X-Requested-With";
    static final String SCRIPT_REQUEST = "XMLHttpRequest";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String NO_SCRIPT_HEADER =
            "{\"message\":\"请求被拒绝：修改数据的请求须带有 X-Requested-With: XMLHttpRequest 请求头。\"}";

    private final IdentityService identity;
    private final LoginThrottle logins;

    ApiAuthenticationFilter(IdentityService identity, LoginThrottle logins) {
        this.identity = identity;
        this.logins = logins;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<Caller> caller;
        try {
            caller = basic(request).or(() -> webappSession(request));
        } catch (LoginRefusal refusal) {
            refusal.answer((HttpServletResponse) res);
            return;
        }
        if (caller.isEmpty()) {
            refuse((HttpServletResponse) res, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHENTICATED);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !SCRIPT_REQUEST.equals(request.getHeader(SCRIPT_HEADER))) {
            refuse((HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN, NO_SCRIPT_HEADER);
            return;
        }
        identity.setAuthentication(caller.get().userId(), caller.get().groupIds());
        try {
            chain.doFilter(req, res);
        } finally {
            identity.clearAuthentication();
        }
    }

    private record Caller(String userId, List<String> groupIds) {
    }

    private Optional<Caller> basic(HttpServletRequest request) {
        Optional<BasicCredentials> credentials = BasicCredentials.of(request);
        if (credentials.isEmpty()
                || !logins.verify(credentials.get().user(), credentials.get().password(), ClientAddress.of(request))) {
            return Optional.empty();
        }
        String userId = credentials.get().user();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new Caller(userId, groups));
    }

    private Optional<Caller> webappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds()));
    }

    private static void refuse(HttpServletResponse response, int status, String body) throws IOException {
        // No WWW-Authenticate challenge: a browser would prompt for Basic credentials and then send them by itself.
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }
}
