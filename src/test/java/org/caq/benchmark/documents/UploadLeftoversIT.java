package org.caq.benchmark.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.caq.benchmark.ChildApplication;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestPostgres;
import org.caq.benchmark.TestSettings;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real application in its own JVM is killed (kill -9) in the middle of an upload: the staged part stays behind.
 * Started again on the same database and documents, it has removed the leftover before it serves; its periodic
 * sweep then removes another dead node's leftover while the file of an upload still arriving stays and completes.
 */
class UploadLeftoversIT {

    private static final String APPLICANT = "Authorization: " + LoopbackClient.basic("applicant1", "demo");
    private static final byte[] PDF_START = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SIZE = 1024 * 1024;

    @TempDir Path work;

    @Test
    void removes_a_killed_upload_s_leftovers_at_restart_and_never_a_live_upload_s_file() throws Exception {
        Map<String, Object> settings = settings();
        Path staging = work.resolve("documents").resolve("staging");
        String path;
        ChildApplication first = ChildApplication.start("leftovers-1", settings);
        try {
            String number = anApplication(first.port());
            path = "/api/applications/" + number + "/documents?kind=EXPERIENCE&fileName=" + URLEncoder.encode("经验.pdf",
                    StandardCharsets.UTF_8);
            LoopbackClient.Upload interrupted = upload(first.port(), path);
            Path part = await("the upload's staging file", () -> parts(staging).stream().findFirst().orElse(null));

            first.kill();
            interrupted.close();

            assertThat(part).as("a kill leaves the staged part behind").exists();
        } finally {
            first.kill();
        }

        try (ChildApplication second = ChildApplication.start("leftovers-2", settings)) {
            assertThat(parts(staging)).as("removed at start-up").isEmpty();
            assertThat(names(staging)).as("only the running node's lock").hasSize(1).allMatch(name -> name.endsWith(".lock"));

            LoopbackClient.Upload live = upload(second.port(), path);
            Path arriving;
            try {
                arriving = await("the live upload's staging file", () -> parts(staging).stream().findFirst().orElse(null));
            } catch (AssertionError late) {
                Files.writeString(Path.of("target", "child-leftovers-2.jstack"), second.threadDump());
                throw new AssertionError(late.getMessage() + "; the server's answer: " + live.earlyAnswer(Duration.ofSeconds(2))
                        + "; files in staging: " + names(staging) + "; the child's threads are in target/child-leftovers-2.jstack", late);
            }
            Path deadNodes = Files.writeString(staging.resolve("upload-" + UUID.randomUUID() + "-" + UUID.randomUUID() + ".part"), "x");
            await("the periodic sweep", () -> Files.exists(deadNodes) ? null : deadNodes);

            assertThat(arriving).as("the live upload's file is kept").exists();
            byte[] rest = new byte[SIZE - 64 * 1024];
            live.send(rest);
            assertThat(live.response().status()).isEqualTo(201);
            live.close();
            assertThat(parts(staging)).isEmpty();
        }
    }

    private Map<String, Object> settings() throws IOException {
        Map<String, Object> settings = new HashMap<>();
        if (TestSettings.postgres()) {
            TestPostgres server = TestPostgres.shared();
            settings.put("spring.datasource.url", server.createDatabase("upload_leftovers"));
            settings.put("spring.datasource.username", server.user());
        } else {
            // a file database: the second start finds what the first one wrote, even the last commits before the kill
            // (H2 writes commits to its file half a second later by default)
            settings.put("spring.datasource.url", "jdbc:h2:file:" + work.resolve("db").resolve("benchmark") + ";WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH");
            settings.put("spring.datasource.username", "sa");
        }
        settings.put("spring.datasource.password", "");
        settings.put("server.port", "0");
        settings.put("benchmark.documents.directory", Files.createDirectories(work.resolve("documents")));
        settings.put("benchmark.calendar.directory", Files.createDirectories(work.resolve("calendar")));
        settings.put("benchmark.documents.staging-sweep-interval", "1s");
        return settings;
    }

    /** Applies as applicant1 in the demo's open national campaign (its window opens once the job executor ran). */
    private static String anApplication(int port) throws Exception {
        LoopbackClient client = new LoopbackClient("127.0.0.1", port);
        byte[] body = new ObjectMapper().writeValueAsBytes(TestApplications.restBody(
                TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE)));
        String started = await("an application accepted", () -> {
            LoopbackClient.Response response = client.post("/engine-rest/process-definition/key/" + ApplicationProcess.KEY
                    + "/submit-form", "application/json", body, APPLICANT);
            return response.status() == 200 ? response.body() : null;
        });
        return new ObjectMapper().readTree(started).get("businessKey").asText();
    }

    /** Declares a 1 MB PDF and sends its first 64 KB. */
    private static LoopbackClient.Upload upload(int port, String path) {
        byte[] first = Arrays.copyOf(PDF_START, 64 * 1024);
        return new LoopbackClient("127.0.0.1", port).startUpload(path, "application/pdf", SIZE, first, APPLICANT,
                "X-Requested-With: XMLHttpRequest");
    }

    private static List<Path> parts(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static List<String> names(Path staging) throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static <T> T await(String what, ThrowingSupplier<T> probe) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 60 s for " + what);
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
