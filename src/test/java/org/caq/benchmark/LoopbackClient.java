package org.caq.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain HTTP/1.1 from a chosen loopback address (any of 127.0.0.0/8 reaches the local server), so that a test can
 * be a stranger at one address and an owner at another. Keeps cookies like a browser and can log in to a webapp
 * with its CSRF token. It also sends a body's first bytes only, under a larger declared length.
 */
public final class LoopbackClient {

    public record Response(int status, Map<String, String> headers, String body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final String address;
    private final int port;
    /** Shared by the threads of a test that uses one session from several clients at once. */
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    public LoopbackClient(String address, int port) {
        this.address = address;
        this.port = port;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String address() {
        return address;
    }

    /** A cookie the server set, e.g. the webapps' XSRF-TOKEN to send back as X-XSRF-TOKEN. */
    public String cookie(String name) {
        return cookies.getOrDefault(name, "");
    }

    public Response put(String path, String contentType, byte[] body, String... headers) {
        return send("PUT", path, withContentType(contentType, headers), body, body.length);
    }

    public Response get(String path, String... headers) {
        return send("GET", path, List.of(headers), null, -1);
    }

    /** A request without a body (DELETE, HEAD, …). */
    public Response send(String method, String path, String... headers) {
        return send(method, path, List.of(headers), null, -1);
    }

    public Response post(String path, String contentType, byte[] body, String... headers) {
        return send("POST", path, withContentType(contentType, headers), body, body.length);
    }

    /** Declares {@code declaredLength} bytes of body, sends only {@code firstBytes} and waits for the answer. */
    public Response postPartially(String path, String contentType, long declaredLength, byte[] firstBytes, String... headers) {
        return send("POST", path, withContentType(contentType, headers), firstBytes, declaredLength);
    }

    /** Logs in to a Camunda webapp (tasklist, cockpit, admin) as its login page does and answers the login's response. */
    public Response webappLogin(String app, String user, String password) {
        Response page = get("/camunda/app/" + app + "/default/");
        if (page.status() != 200) {
            // as a browser, which shows no login form when the page did not come
            return page;
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Response login = post("/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN: " + cookies.getOrDefault("XSRF-TOKEN", ""));
        if (login.status() == 200) {
            // the login starts a new session; like the webapp, fetch the user once to receive its CSRF token
            get("/camunda/api/admin/auth/user/default");
        }
        return login;
    }

    private static List<String> withContentType(String contentType, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of(headers));
        all.add("Content-Type: " + contentType);
        return all;
    }

    private Response send(String method, String path, List<String> headers, byte[] body, long declaredLength) {
        try (Socket socket = open(method, path, headers, declaredLength)) {
            if (body != null) {
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + address, e);
        }
    }

    /** An upload whose body is sent piece by piece, as a slow connection would. */
    public final class Upload implements AutoCloseable {

        private final Socket socket;

        private Upload(Socket socket) {
            this.socket = socket;
        }

        public void send(byte[] bytes) {
            try {
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Response response() {
            try {
                return read(socket.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The answer if the server gave one within {@code wait} before the body was sent (a refusal), else a note. */
        public String earlyAnswer(java.time.Duration wait) {
            try {
                socket.setSoTimeout((int) wait.toMillis());
                Response answer = read(socket.getInputStream());
                return answer.status() + " " + answer.body();
            } catch (IOException e) {
                return "no answer (" + e + ")";
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Starts a POST of {@code declaredLength} bytes and sends its first bytes; the rest follows through the upload. */
    public Upload startUpload(String path, String contentType, long declaredLength, byte[] firstBytes, String... headers) {
        try {
            Upload upload = new Upload(open("POST", path, withContentType(contentType, headers), declaredLength));
            upload.send(firstBytes);
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " from " + address, e);
        }
    }

    private Socket open(String method, String path, List<String> headers, long declaredLength) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach(header -> head.append(header).append("\r\n"));
            if (!cookies.isEmpty()) {
                head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            if (declaredLength >= 0) {
                head.append("Content-Length: ").append(declaredLength).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
            if (name.equals("set-cookie")) {
                String cookie = value.split(";", 2)[0];
                cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie.substring(cookie.indexOf('=') + 1));
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a response line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
