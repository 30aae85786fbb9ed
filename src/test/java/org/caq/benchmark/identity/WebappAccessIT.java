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

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "applicant1, 我的待办, 本单位待推荐|待形式审查|我的评审任务|逾期任务",
        "jiangsu,    我的待办|本单位待推荐, 待形式审查|我的评审任务|逾期任务",
        "office,     我的待办|待形式审查|逾期任务, 本单位待推荐|我的评审任务",
        "jiangsu-office, 我的待办|待形式审查|逾期任务, 本单位待推荐|我的评审任务",
        "expert1,    我的待办|我的评审任务, 本单位待推荐|待形式审查|逾期任务",
    })
    void shows_each_role_its_own_tasklist_filters(String user, String visible, String hidden) {
        WebSession browser = new WebSession(port);
        browser.login("tasklist", user, "demo");

        String filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body();

        for (String name : visible.split("\\|")) {
            assertThat(filters).contains("\"" + name + "\"");
        }
        for (String name : hidden.split("\\|")) {
            assertThat(filters).doesNotContain("\"" + name + "\"");
        }
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
