package org.caq.benchmark.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.caq.benchmark.procedure.ReadAgainRequest;
import org.springframework.http.MediaType;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, a form with username and
 * password) checks the password through {@link LoginThrottle} first; an attempt that must wait is answered 429
 * with {@code Retry-After}. Camunda then logs the user in as before (checking the password once more).
 */
class WebappLoginThrottle implements Filter {

    static final String PATH = "/camunda/api/admin/auth/user/*";
    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    /** A login form is a few dozen bytes; anything much longer is not one. */
    private static final int MAX_FORM = 16 * 1024;

    private final LoginThrottle logins;

    WebappLoginThrottle(LoginThrottle logins) {
        this.logins = logins;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        // decoded, normalised and without path parameters, as the webapp's REST API matches it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches()) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
        if (body.length > MAX_FORM) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"登录请求过长：只接受用户名和密码。\"}");
            return;
        }
        Map<String, String> form = form(body, charsetOf(request));
        String user = form.get("username");
        String password = form.get("password");
        if (user != null && !user.isBlank() && password != null) {
            try {
                logins.verify(user, password, ClientAddress.of(request));
            } catch (LoginRefusal refusal) {
                refusal.answer((HttpServletResponse) res);
                return;
            }
        }
        chain.doFilter(new ReadAgainRequest(request, body), res);
    }

    /**
     * The form as Camunda's JAX-RS reads it: the first value of each name, decoded in the charset the request
     * declares. Reading it any other way would check one name and password here and another there.
     */
    private static Map<String, String> form(byte[] body, Charset charset) {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, charset).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    form.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), charset),
                            URLDecoder.decode(pair.substring(equals + 1), charset));
                } catch (IllegalArgumentException malformed) {
                    // Camunda answers a malformed form itself
                }
            }
        }
        return form;
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            Charset declared = request.getContentType() == null ? null
                    : MediaType.parseMediaType(request.getContentType()).getCharset();
            return declared == null ? StandardCharsets.UTF_8 : declared;
        } catch (IllegalArgumentException unreadableOrUnknownCharset) {
            return StandardCharsets.UTF_8;
        }
    }
}
