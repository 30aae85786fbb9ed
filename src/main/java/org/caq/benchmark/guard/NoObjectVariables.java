package org.caq.benchmark.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caq.benchmark.procedure.ReadAgainRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No request hands the engine a Java object: a variable of type {@code Object}, an untyped JSON object or array (which
 * the engine would store as a serialized Java map or list) or an upload naming a class is refused with 400 before the
 * REST API reads it, on every endpoint that takes variables (start, forms, task completion, variables, messages,
 * signals, modifications ...), on /engine-rest and on the webapps' /camunda/api/engine alike. The engine itself
 * deserializes no type at all (DeserializationAllowList).
 */
class NoObjectVariables implements Filter {

    private static final Logger log = LoggerFactory.getLogger(NoObjectVariables.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    static final String REFUSAL = "不接受对象（Object）类型或序列化 Java 对象的变量%s：变量只能是字符串、数字、布尔值、日期、"
            + "文件或 Json 类型（表单中的列表和对象以 Json 类型提交）。";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean json = contentType.contains("json");
        boolean upload = contentType.startsWith("multipart/") && request.getRequestURI().endsWith("/data");
        if (!WITH_BODY.contains(request.getMethod()) || !(json || upload)) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String uri = request.getRequestURI();
        Optional<String> variable = json ? ObjectVariables.inJson(body, uri.substring(uri.lastIndexOf('/') + 1))
                : ObjectVariables.inMultipart(body) ? Optional.of(uri.replaceAll(".*/(?:local)?[vV]ariables/([^/]+)/data$", "$1"))
                : Optional.empty();
        if (variable.isPresent()) {
            log.warn("Refused an object-typed variable '{}' in {} {}", variable.get(), request.getMethod(), uri);
            refuse((HttpServletResponse) res, variable.get());
            return;
        }
        chain.doFilter(new ReadAgainRequest(request, body), res);
    }

    /** Answered in the REST API's own error shape, so Tasklist shows the message. */
    private static void refuse(HttpServletResponse response, String variable) throws IOException {
        String named = variable.isBlank() ? "" : "（变量 " + variable + "）";
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException", "message", REFUSAL.formatted(named)));
    }
}
