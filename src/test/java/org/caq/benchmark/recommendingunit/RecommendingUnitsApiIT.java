package org.caq.benchmark.recommendingunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestUsers;
import org.caq.benchmark.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@BenchmarkSpringTest
class RecommendingUnitsApiIT {

    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;
    @Autowired IdentityService identity;

    @Test
    void serves_the_49_units_to_any_logged_in_user() {
        ResponseEntity<List> response = rest.withBasicAuth("applicant1", "demo")
                .getForEntity("/api/recommending-units", List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSize(49);
        assertThat((Map<String, Object>) response.getBody().get(9)).containsEntry("code", "jiangsu")
                .containsEntry("name", "江苏省工业和信息化厅").containsEntry("kind", "PROVINCE")
                .containsEntry("defaultQuota", 3).containsEntry("group", "unit-jiangsu");
    }

    @Test
    void refuses_anonymous_and_wrong_password_callers_with_a_chinese_reason() {
        ResponseEntity<Map> anonymous = rest.getForEntity("/api/recommending-units", Map.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat((String) anonymous.getBody().get("message")).startsWith("未登录");
        assertThat(rest.withBasicAuth(TestUsers.wrongPasswordProbe(identity), "wrong").getForEntity("/api/recommending-units", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void accepts_the_session_of_a_tasklist_login() {
        WebSession browser = new WebSession(port);
        assertThat(browser.get("/api/recommending-units").statusCode()).isEqualTo(401);

        assertThat(browser.login("tasklist", "jiangsu", "demo")).isEqualTo(200);

        HttpResponse<String> response = browser.get("/api/recommending-units");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("中国质量协会");
    }
}
