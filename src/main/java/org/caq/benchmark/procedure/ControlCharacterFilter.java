package org.caq.benchmark.procedure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses, before anything reads it, a request to the engine's REST API, the webapps' API or the project's API whose
 * query or JSON body carries a control character (NUL, ESC, BEL…), a bidirectional control or an unpaired surrogate in
 * any text. The readers of the procedure's own fields refuse these with the field's name ({@link PlainText}); this
 * catches every other text the engine would store as it is (a variable no delegate reads, a business key, a task
 * comment, a user's name), which PostgreSQL would refuse with an SQL error for NUL. Line breaks and tabs pass: whether
 * a field is one line is for its reader to say. Multipart bodies (uploads, deployments) are checked by their readers.
 */
final class ControlCharacterFilter implements Filter {

    private static final JsonFactory JSON = new JsonFactory();
    /** Held in memory to be checked and replayed; far above any form (Tasklist keeps a file variable under 5 MB). */
    private static final int MAX_JSON = 20 * 1024 * 1024;
    private static final Pattern VARIABLE = Pattern.compile("^/(?:variables|modifications)/([^/]+)/value$");

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<ControlCharacterFilter> controlCharacters() {
            var registration = new FilterRegistrationBean<>(new ControlCharacterFilter());
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/public/api/*");
            registration.setName("control-characters");
            return registration;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<String> refusal = inQuery(request.getQueryString());
        String contentType = request.getContentType();
        if (refusal.isEmpty() && contentType != null && contentType.toLowerCase().contains("json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON + 1);
            if (body.length > MAX_JSON) {
                refuse(res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "请求内容过大：JSON 请求不得超过 20 MB。");
                return;
            }
            refusal = inJson(body);
            request = new ReadAgainRequest(request, body);
        }
        if (refusal.isPresent()) {
            refuse(res, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
            return;
        }
        chain.doFilter(request, res);
    }

    private static void refuse(ServletResponse res, int status, String message) throws IOException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"InvalidInput\",\"message\":\"" + message + "\"}");
    }

    private static Optional<String> inQuery(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String decoded;
            try {
                decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Optional<Integer> refused = PlainText.firstRefused(decoded, false);
            if (refused.isPresent()) {
                String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
                return Optional.of(message("查询参数 " + printable(name), refused.get()));
            }
        }
        return Optional.empty();
    }

    /** The first refused character in a JSON text or field name, with where it is; nothing for JSON that does not parse. */
    private static Optional<String> inJson(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    Optional<Integer> refused = PlainText.firstRefused(parser.getText(), true);
                    if (refused.isPresent()) {
                        return Optional.of(message(where(parser.getParsingContext().pathAsPointer().toString()), refused.get()));
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A variable of Camunda's REST body by its name ({@code /variables/name/value}), any other text by its JSON path. */
    private static String where(String pointer) {
        Matcher variable = VARIABLE.matcher(pointer);
        return variable.matches() ? "变量 " + printable(variable.group(1)) : "字段 " + printable(pointer);
    }

    private static String message(String where, int codePoint) {
        return "请求中" + where + " 含有不允许的" + PlainText.describe(codePoint)
                + "：文字只能包含可见字符、空格、制表符和换行，请删除后重新提交。";
    }

    /** A name as it can be shown inside the JSON answer: refused characters and quotes left out. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().filter(c -> PlainText.firstRefused(Character.toString(c), false).isEmpty() && c != '"' && c != '\\')
                .forEach(shown::appendCodePoint);
        return shown.toString();
    }
}
