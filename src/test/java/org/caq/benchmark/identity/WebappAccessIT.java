package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each demo user opens exactly the webapps of their role; the webapps keep their CSRF protection. */
@BenchmarkSpringTest
class WebappAccessIT {

    @LocalServerPort int port;

    @ParameterizedTest(name = "{0} → tasklist {1}, cockpit {2}, admin {3}")
    @CsvSource({
        "applicant1, 200, 403, 403",
        "jiangsu,    200, 403, 403",
        "cmif,       200, 403, 403",
        "office,     200, 403, 403",
        "jiangsu-office, 200, 403, 403",
        "expert1,    200, 403, 403",
        "chair,      200, 403, 403",
        "ministry,   200, 403, 403",
        "auditor,    403, 200, 403",
    })
    void opens_the_webapps_of_the_role_only(String user, int tasklist, int cockpit, int admin) {
        assertThat(new WebSession(port).login("tasklist", user, "demo")).isEqualTo(tasklist);
        assertThat(new WebSession(port).login("cockpit", user, "demo")).isEqualTo(cockpit);
        assertThat(new WebSession(port).login("admin", user, "demo")).isEqualTo(admin);
    }

    @Test
    void lets_the_administrator_into_every_webapp() {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            assertThat(new WebSession(port).login(app, "admin", "admin")).as(app).isEqualTo(200);
        }
    }

    @Test
    void shows_every_task_working_role_the_my_tasks_filter_in_tasklist() {
        WebSession browser = new WebSession(port);
        browser.login("tasklist", "applicant1", "demo");

        String filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body();

        assertThat(filters).contains(TasklistFilters.MY_TASKS);
    }

    @Test
    void refuses_a_webapp_post_without_the_csrf_token() {
        WebSession browser = new WebSession(port);
        browser.login("tasklist", "office", "demo");

        assertThat(browser.post("/camunda/api/engine/engine/default/task/count", "application/json", "{}")
                .statusCode()).isEqualTo(200);

        assertThat(browser.postWithoutCsrfToken("/camunda/api/engine/engine/default/task/count",
                "application/json", "{}").statusCode()).isEqualTo(403);
    }
}
