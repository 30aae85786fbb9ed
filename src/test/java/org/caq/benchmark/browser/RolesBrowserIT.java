package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo role logs in to its webapp in Debian's Chromium, sees the system's name and its own entry points and no one
 * else's, and no Camunda 8 banner.
 */
@BenchmarkSpringTest
class RolesBrowserIT {

    @LocalServerPort int port;

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({
        "applicant1,     demo,  tasklist, 我的待办,                     本单位待推荐|待形式审查|我的评审任务|逾期任务|创建任务",
        "jiangsu,        demo,  tasklist, 我的待办|本单位待推荐,         待形式审查|我的评审任务|逾期任务",
        "office,         demo,  tasklist, 我的待办|待形式审查|逾期任务,   本单位待推荐|我的评审任务|创建任务",
        "jiangsu-office, demo,  tasklist, 我的待办|待形式审查|逾期任务,   本单位待推荐|我的评审任务",
        "expert1,        demo,  tasklist, 我的待办|我的评审任务,         本单位待推荐|待形式审查|逾期任务",
        "chair,          demo,  tasklist, 我的待办,                     本单位待推荐|待形式审查",
        "ministry,       demo,  tasklist, 我的待办,                     本单位待推荐|待形式审查|我的评审任务",
        "auditor,        demo,  cockpit,  审计追踪,                     授权|系统管理",
        "admin,          admin, admin,    用户|群组|授权,                审计追踪",
        "auditor,        demo,  welcome,  流程监控,                     系统管理",
        "admin,          admin, welcome,  任务列表|流程监控|系统管理,     审计追踪",
    })
    void shows_each_role_its_own_entry_points(String user, String password, String app, String visible, String hidden)
            throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login(app, user, password);
            for (String name : visible.split("\\|")) {
                browser.visible(By.xpath("//a[contains(normalize-space(.), '" + name + "')]"));
            }
            browser.screenshot("role-" + user + "-" + app);
            String page = browser.pageText();
            assertThat(page).as("the system names itself, no advertisement").contains("质量标杆遴选管理系统")
                    .doesNotContain("Camunda 8").doesNotContain("迁移到");
            for (String name : hidden.split("\\|")) {
                assertThat(page).as(user + " must not see " + name).doesNotContain(name);
            }
        }
    }
}
