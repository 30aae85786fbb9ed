package org.caq.benchmark.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.caq.benchmark.ChildApplication;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on a PostgreSQL of its own (in both test executions), under steady load from several clients on
 * every kind of endpoint, while that PostgreSQL is stopped for a while and started again: every answer is the
 * normal one or 503 with a Chinese message and Retry-After, never a 500 or a hang; during the outage every answer
 * is 503 within a bounded wait; afterwards the application serves again by itself.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** From this long after the stop every request must meet the outage (the stop itself takes a moment). */
    private static final Duration SETTLED = Duration.ofSeconds(7);
    /** A request waits at most the pool's connection timeout (5 s) and one check of the database. */
    private static final Duration BOUNDED_WAIT = Duration.ofSeconds(12);

    @TempDir Path work;

    /** One kind of endpoint, called as its users call it. */
    private record Endpoint(String name, Function<Integer, LoopbackClient.Response> call) {
    }

    private record Answer(String endpoint, Instant sent, Duration took, int status, String retryAfter, String body) {
    }

    @Test
    void answers_503_with_retry_after_while_the_database_is_down_and_serves_again_when_it_is_back() throws Exception {
        TestPostgres postgres = TestPostgres.dedicated();
        try (ChildApplication app = ChildApplication.start("outage", settings(postgres))) {
            LoopbackClient session = new LoopbackClient("127.0.0.1", app.port());
            assertThat(session.webappLogin("tasklist", "applicant1", "demo").status()).isEqualTo(200);
            List<Endpoint> endpoints = endpoints(session, app.port());
            for (Endpoint endpoint : endpoints) {
                assertThat(endpoint.call().apply(0).status()).as(endpoint.name() + " before").isEqualTo(200);
            }

            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int client = 0; client < 6; client++) {
                int first = client;
                clients.submit(() -> {
                    for (int i = first; loading.get(); i++) {
                        Endpoint endpoint = endpoints.get(i % endpoints.size());
                        Instant sent = Instant.now();
                        LoopbackClient.Response response = endpoint.call().apply(i);
                        answers.add(new Answer(endpoint.name(), sent, Duration.between(sent, Instant.now()),
                                response.status(), response.header("Retry-After").orElse(null), response.body()));
                    }
                    return null;
                });
            }
            Thread.sleep(2_000);
            Instant stopped = Instant.now();
            postgres.pause();
            Thread.sleep(OUTAGE.toMillis());
            Instant restarted = Instant.now();
            postgres.resume();
            Instant recovered = awaitRecovery(endpoints);
            loading.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
                assertThat(answer.took()).as(answer.toString()).isLessThan(BOUNDED_WAIT);
            });
            List<Answer> unavailable = answers.stream().filter(answer -> answer.status() == 503).toList();
            assertThat(unavailable).allSatisfy(answer -> {
                assertThat(answer.retryAfter()).as(answer.toString()).isEqualTo("10");
                assertThat(answer.body()).as(answer.toString()).contains("系统暂时无法访问数据库", "秒后重试");
            });
            List<Answer> duringOutage = answers.stream().filter(answer -> answer.sent().isAfter(stopped.plus(SETTLED))
                    && answer.sent().plus(answer.took()).isBefore(restarted)).toList();
            assertThat(duringOutage).as("answers in the outage").hasSizeGreaterThan(endpoints.size() * 2)
                    .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(503));
            assertThat(duringOutage.stream().map(Answer::endpoint).distinct()).as("every kind of endpoint met it")
                    .hasSize(endpoints.size());
            assertThat(Duration.between(restarted, recovered)).as("serving again by itself").isLessThan(Duration.ofSeconds(30));
            assertThat(session.get("/camunda/api/engine/engine/default/task?maxResults=1").status())
                    .as("the webapp session survived").isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private Map<String, Object> settings(TestPostgres postgres) throws Exception {
        return Map.of("spring.datasource.url", postgres.createDatabase("outage"),
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", "",
                "server.port", "0",
                "benchmark.demo.campaign", "false",
                "camunda.bpm.job-execution.enabled", "false",
                "benchmark.database.watch-interval", "1s",
                "benchmark.documents.directory", Files.createDirectories(work.resolve("documents")),
                "benchmark.calendar.directory", Files.createDirectories(work.resolve("calendar")));
    }

    /** The REST API, the webapps' API and login, the project's API, the public API, a page and a webapp's page. */
    private static List<Endpoint> endpoints(LoopbackClient session, int port) {
        String admin = "Authorization: " + LoopbackClient.basic("admin", "admin");
        String office = "Authorization: " + LoopbackClient.basic("office", "demo");
        return List.of(
                new Endpoint("engine-rest", i -> client(port).get("/engine-rest/task?maxResults=1", admin)),
                new Endpoint("webapp api", i -> session.get("/camunda/api/engine/engine/default/task?maxResults=1")),
                new Endpoint("webapp login", i -> client(port).webappLogin("tasklist", "applicant" + (1 + i % 2), "demo")),
                new Endpoint("api", i -> client(port).get("/api/recommending-units", office)),
                new Endpoint("public api", i -> client(port).get("/public/api/publicity")),
                new Endpoint("page", i -> client(port).get("/applications.html")),
                new Endpoint("webapp page", i -> client(port).get("/camunda/app/tasklist/default/")));
    }

    private static LoopbackClient client(int port) {
        return new LoopbackClient("127.0.0.1", port);
    }

    private static Instant awaitRecovery(List<Endpoint> endpoints) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (endpoints.stream().allMatch(endpoint -> endpoint.call().apply(0).status() == 200)) {
                return Instant.now();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not serve again within 60 s of the database's return");
    }
}
