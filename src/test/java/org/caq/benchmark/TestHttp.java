package org.caq.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls to the project's API as a demo user or a test enterprise's account (HTTP Basic), as a script on the user's behalf would. */
public final class TestHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    public HttpResponse<byte[]> get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    public HttpResponse<byte[]> post(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType).header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A POST whose body is streamed without a declared length (chunked), as a client that does not say its size sends it. */
    public HttpResponse<byte[]> postStreamed(String user, String path, byte[] body) {
        return send(request(user, path).header("Content-Type", "application/octet-stream").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return user == null ? builder : builder.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
    }

    /** The demo users' passwords, and the test enterprises' accounts' ({@link TestApplicants}). */
    private static String passwordOf(String user) {
        return "admin".equals(user) ? "admin" : user.startsWith("t-") ? TestApplicants.PASSWORD : "demo";
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
