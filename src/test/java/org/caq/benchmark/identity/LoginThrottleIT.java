package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login limits through all three password doors (/engine-rest, /api, the webapps' login), each caller at its own
 * loopback address: strangers' failures slow strangers, never the owner at the owner's address; a burst from one
 * address is answered 429 with Retry-After; waits expire with time (the test clock, no sleeping); the administrator
 * lifts a limit; the engine itself locks nobody.
 */
@BenchmarkSpringTest
class LoginThrottleIT {

    private static final String OWNER = "throttle-owner";
    private static final String PASSWORD = "Owner-Password-1";

    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    /** One way in with a password, as an outsider would use it. */
    enum Door {
        ENGINE_REST((client, credentials) -> client.get("/engine-rest/task?maxResults=1",
                "Authorization: " + LoopbackClient.basic(credentials[0], credentials[1]))),
        API((client, credentials) -> client.get("/api/recommending-units",
                "Authorization: " + LoopbackClient.basic(credentials[0], credentials[1]))),
        WEBAPP_LOGIN((client, credentials) -> client.webappLogin("tasklist", credentials[0], credentials[1]));

        private final BiFunction<LoopbackClient, String[], LoopbackClient.Response> call;

        Door(BiFunction<LoopbackClient, String[], LoopbackClient.Response> call) {
            this.call = call;
        }

        LoopbackClient.Response as(LoopbackClient client, String user, String password) {
            return call.apply(client, new String[] {user, password});
        }
    }

    @AfterEach
    void forgetEverything() {
        TestClock.moveTo(TestClock.TODAY);
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_known_address where address like '127.0.1%.%' and address <> '127.0.0.1'").update();
    }

    private String owner() {
        if (identity.createUserQuery().userId(OWNER).count() == 0) {
            User user = identity.newUser(OWNER);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(OWNER, "applicant");
        }
        return OWNER;
    }

    private LoopbackClient from(String address) {
        return new LoopbackClient(address, port);
    }

    @Test
    void lets_the_owner_in_at_the_owner_s_address_whatever_strangers_elsewhere_tried() {
        LoopbackClient home = from("127.0.10.1");
        for (Door door : Door.values()) {
            assertThat(door.as(home, owner(), PASSWORD).status()).as("first login, " + door).isEqualTo(200);
        }

        LoopbackClient stranger = from("127.0.10.2");
        List<Integer> strangerAnswers = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            strangerAnswers.add(Door.values()[i % 3].as(stranger, OWNER, "guess-" + i).status());
        }
        for (int i = 3; i < 15; i++) {
            Door.ENGINE_REST.as(from("127.0.10." + i), OWNER, "spread-guess-" + i);
        }

        assertThat(strangerAnswers).containsOnly(401, 429).contains(429);
        assertThat(strangerAnswers.subList(0, 10)).containsOnly(401);
        for (Door door : Door.values()) {
            assertThat(door.as(home, OWNER, PASSWORD).status()).as("owner at home, " + door).isEqualTo(200);
        }
        LoopbackClient.Response newPlace = Door.ENGINE_REST.as(from("127.0.10.40"), OWNER, PASSWORD);
        assertThat(newPlace.status()).as("a guess spread over many addresses slows unknown addresses").isEqualTo(429);
        assertThat(newPlace.header("Retry-After")).isPresent();
        assertThat(identity.checkPassword(OWNER, PASSWORD)).as("the engine locks nobody").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answers_a_burst_from_one_address_with_429_retry_after_and_a_chinese_reason(Door door) {
        LoopbackClient burst = from("127.0.11." + (door.ordinal() + 1));
        for (int i = 0; i < 10; i++) {
            assertThat(door.as(burst, "nobody-" + i, "guess").status()).as("attempt " + (i + 1)).isEqualTo(401);
        }

        LoopbackClient.Response limited = door.as(burst, "applicant1", "demo");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 5L);
        assertThat(limited.body()).contains("登录失败次数过多", "秒后重试");
        assertThat(door.as(from("127.0.0.1"), "applicant1", "demo").status()).as("others are not slowed").isEqualTo(200);
    }

    @Test
    void lets_attempts_through_again_once_the_wait_is_over_and_doubles_the_next_wait() {
        LoopbackClient burst = from("127.0.12.1");
        for (int i = 0; i < 10; i++) {
            Door.API.as(burst, "nobody-" + i, "guess");
        }
        long firstWait = Long.parseLong(Door.API.as(burst, "nobody", "guess").header("Retry-After").orElseThrow());

        TestClock.advance(Duration.ofSeconds(firstWait + 1));
        assertThat(Door.API.as(burst, "nobody", "guess").status()).as("checked again").isEqualTo(401);
        LoopbackClient.Response again = Door.API.as(burst, "nobody", "guess");
        assertThat(again.status()).isEqualTo(429);
        assertThat(Long.parseLong(again.header("Retry-After").orElseThrow())).isGreaterThan(firstWait).isLessThanOrEqualTo(10);

        TestClock.advance(Duration.ofHours(1));
        assertThat(Door.API.as(burst, "applicant1", "demo").status()).as("failures older than the window are forgotten")
                .isEqualTo(200);
    }

    @Test
    void lets_only_the_administrator_see_and_lift_a_limit() {
        LoopbackClient burst = from("127.0.13.1");
        for (int i = 0; i < 10; i++) {
            Door.ENGINE_REST.as(burst, "nobody-" + i, "guess");
        }
        assertThat(Door.ENGINE_REST.as(burst, "applicant1", "demo").status()).isEqualTo(429);
        LoopbackClient admin = from("127.0.0.1");
        String adminAuth = "Authorization: " + LoopbackClient.basic("admin", "admin");

        LoopbackClient.Response overview = admin.get("/api/login-limits", adminAuth);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("\"kind\":\"address\"", "\"address\":\"127.0.13.1\"");
        assertThat(admin.get("/api/login-limits", "Authorization: " + LoopbackClient.basic("office", "demo")).status())
                .isEqualTo(403);
        LoopbackClient.Response refused = delete(admin, "/api/login-limits?address=127.0.13.1", "office", "demo");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("只有系统管理员");

        LoopbackClient.Response lifted = delete(admin, "/api/login-limits?address=127.0.13.1", "admin", "admin");

        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.body()).contains("\"forgottenFailures\":10");
        assertThat(Door.ENGINE_REST.as(burst, "applicant1", "demo").status()).isEqualTo(200);
    }

    @Test
    void lets_the_administrator_lift_an_account_s_limit_for_every_address() {
        for (int i = 1; i <= 10; i++) {
            Door.ENGINE_REST.as(from("127.0.14." + i), owner(), "spread-guess");
        }
        assertThat(Door.ENGINE_REST.as(from("127.0.14.50"), OWNER, PASSWORD).status()).isEqualTo(429);

        LoopbackClient.Response lifted = delete(from("127.0.0.1"), "/api/login-limits?account=" + OWNER, "admin", "admin");

        assertThat(lifted.status()).isEqualTo(200);
        assertThat(Door.ENGINE_REST.as(from("127.0.14.50"), OWNER, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void slows_guesses_through_the_rest_calls_that_check_a_password_in_their_body() {
        LoopbackClient session = from("127.0.15.2");
        assertThat(session.webappLogin("tasklist", owner(), PASSWORD).status()).isEqualTo(200);
        String csrf = "X-XSRF-TOKEN: " + session.cookie("XSRF-TOKEN");
        String verify = "/camunda/api/engine/engine/default/identity/verify";
        for (int i = 0; i < 5; i++) {
            assertThat(session.post(verify, "application/json", json("username", OWNER, "password", "guess-" + i), csrf)
                    .body()).contains("\"authenticated\":false");
        }
        LoopbackClient.Response limited = session.post(verify, "application/json", json("username", OWNER, "password", PASSWORD), csrf);
        assertThat(limited.status()).isEqualTo(429);

        TestClock.advance(Duration.ofSeconds(Long.parseLong(limited.header("Retry-After").orElseThrow()) + 1));
        assertThat(session.post(verify, "application/json", json("username", OWNER, "password", PASSWORD), csrf).body())
                .contains("\"authenticated\":true");
        String change = "/camunda/api/engine/engine/default/user/" + OWNER + "/credentials";
        for (int i = 0; i < 5; i++) {
            assertThat(session.put(change, "application/json", json("password", "New-Password-1", "authenticatedUserPassword",
                    "guess-" + i), csrf).status()).isEqualTo(400);
        }
        assertThat(session.put(change, "application/json", json("password", "New-Password-1", "authenticatedUserPassword",
                PASSWORD), csrf).status()).isEqualTo(429);
        assertThat(identity.checkPassword(OWNER, PASSWORD)).as("unchanged").isTrue();
    }

    private static byte[] json(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":\"").append(namesAndValues[i + 1])
                    .append('"');
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void never_lets_the_engine_lock_an_account_however_often_its_password_is_wrong() {
        String user = owner();
        for (int i = 0; i < 25; i++) {
            assertThat(identity.checkPassword(user, "wrong-" + i)).isFalse();
        }

        assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    }

    private static LoopbackClient.Response delete(LoopbackClient client, String path, String user, String password) {
        return client.send("DELETE", path, "Authorization: " + LoopbackClient.basic(user, password),
                "X-Requested-With: XMLHttpRequest");
    }
}
