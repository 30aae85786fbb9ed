package org.caq.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like client for the Camunda webapps: keeps cookies and sends the CSRF token as the webapps do. */
public final class WebSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in to one webapp (tasklist, cockpit, admin) and answers the HTTP status of the login. */
    public int login(String app, String user, String password) {
        get("/camunda/app/" + app + "/default/");
        String form = "username=" + encode(user) + "&password=" + encode(password);
        int status = post("/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded", form)
                .statusCode();
        // The login starts a new session; like the webapp, fetch the user once to receive its CSRF token.
        get("/camunda/api/admin/auth/user/default");
        return status;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST as the project's own pages send it: session cookie and the X-Requested-With header. */
    public HttpResponse<String> postAsScript(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> postWithoutCsrfToken(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request as the webapps send it, with the CSRF token; no body and no content type when they are null. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken());
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
