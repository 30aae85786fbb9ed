package org.caq.benchmark.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.procedure.ReadAgainRequest;

/**
 * The two REST calls that check a password given in their body go through {@link LoginThrottle} too, in the REST
 * API and in the webapps' copy of it: {@code POST …/identity/verify} (any user's name and password, open to any
 * logged-in user) and {@code PUT …/user/{id}/credentials} (the caller's own password, to change a password).
 * Without this, any account could guess any other's password there at full speed.
 */
class PasswordCheckThrottle implements Filter {

    static final String[] PATHS = {EngineRestSecurity.ENGINE_REST_PATH + "/*", "/camunda/api/engine/*"};
    private static final Pattern VERIFY = Pattern.compile(".*/identity/verify/?");
    private static final Pattern CREDENTIALS = Pattern.compile(".*/user/[^/]+/credentials/?");
    private static final int MAX_BODY = 16 * 1024;
    private static final String ENGINE = "default";

    private final LoginThrottle logins;
    private final IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    PasswordCheckThrottle(LoginThrottle logins, IdentityService identity) {
        this.logins = logins;
        this.identity = identity;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // decoded, normalised and without path parameters, as the REST API matches it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean verify = "POST".equals(request.getMethod()) && VERIFY.matcher(path).matches();
        boolean credentials = "PUT".equals(request.getMethod()) && CREDENTIALS.matcher(path).matches();
        if (!verify && !credentials) {
            chain.doFilter(req, res);
            return;
        }
        if (caller(request).filter(this::readOnly).isPresent()) {
            // checking a password counts the attempt in the user's row: a read-only role writes nothing (docs/security.md)
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"审计监督人员只能查阅，不能核验或更改密码。\"}");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"请求过长：只接受用户名和密码。\"}");
            return;
        }
        Optional<String> user = verify ? text(body, "username") : caller(request);
        Optional<String> password = text(body, verify ? "password" : "authenticatedUserPassword");
        if (user.isPresent() && password.isPresent()) {
            try {
                logins.verify(user.get(), password.get(), ClientAddress.of(request));
            } catch (LoginRefusal refusal) {
                refusal.answer((HttpServletResponse) res);
                return;
            }
        }
        chain.doFilter(new ReadAgainRequest(request, body), res);
    }

    /** A field as Camunda's Jackson reads the body (the last of repeated names), if it is text. */
    private Optional<String> text(byte[] body, String field) {
        try {
            JsonNode value = json.readTree(body).get(field);
            return value != null && value.isTextual() && !value.asText().isBlank()
                    ? Optional.of(value.asText()) : Optional.empty();
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private boolean readOnly(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return !groups.isEmpty() && ProcedureGroup.READ_ONLY.containsAll(groups);
    }

    /** Whose password a credentials change checks: the caller's, by Basic header or webapp session. */
    private static Optional<String> caller(HttpServletRequest request) {
        Optional<String> basic = BasicCredentials.of(request).map(BasicCredentials::user);
        if (basic.isPresent()) {
            return basic;
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? Optional.of(user.getIdentityId()) : Optional.empty();
    }
}
