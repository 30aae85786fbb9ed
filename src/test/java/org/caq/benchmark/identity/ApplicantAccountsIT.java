package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An applicant account applies only as the enterprise an administrator bound it to: the bound enterprise is
 * accepted (and fills the form when its fields are left empty), another enterprise's credit code or name is refused
 * naming the account's own, an unbound account is refused and told why; only administrators create and bind accounts.
 */
@BenchmarkSpringTest
class ApplicantAccountsIT {

    static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form";
    static final String ACCOUNTS = "/api/admin/applicant-accounts";
    static final String OWN = "华东精密机械股份有限公司";
    static final String OWN_CODE = "91320500MA1MX0000R";
    static final String OTHER = "齐鲁新材料集团有限公司";
    static final String OTHER_CODE = "91370100MA3C00000E";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void nationalCampaignOpen() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
    }

    private static Map<String, Object> form(String enterprise, String creditCode) {
        Map<String, Object> form = new HashMap<>(TestApplications.form("jiangsu", OWN, OWN_CODE));
        form.put(ApplicationProcess.ENTERPRISE_NAME, enterprise);
        form.put(ApplicationProcess.CREDIT_CODE, creditCode);
        return form;
    }

    private ResponseEntity<Map> submit(String user, String password, Map<String, Object> form) {
        return rest.withBasicAuth(user, password).postForEntity(SUBMIT_FORM, TestApplications.restBody(form), Map.class);
    }

    private ResponseEntity<Map> send(String user, String password, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), Map.class);
    }

    private long applications() {
        return jdbc.sql("select count(*) from application").query(Long.class).single();
    }

    private Map<String, Object> stored(ResponseEntity<Map> started) {
        return jdbc.sql("select applicant_user, enterprise_name, credit_code from application where number = ?")
                .param(started.getBody().get("businessKey")).query().singleRow();
    }

    @Test
    void accepts_the_bound_enterprise_and_fills_its_name_and_code_when_left_empty() {
        ResponseEntity<Map> typed = submit("applicant1", "demo", form(OWN, OWN_CODE.toLowerCase()));
        ResponseEntity<Map> empty = submit("applicant1", "demo", form("", ""));

        assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored(empty)).containsValues("applicant1", OWN, OWN_CODE);
        assertThat(rest.withBasicAuth("applicant1", "demo").getForObject("/api/applicant/enterprise", Map.class))
                .containsEntry("creditCode", OWN_CODE).containsEntry("name", OWN);
    }

    @Test
    void refuses_another_enterprise_s_credit_code_or_name_naming_the_account_s_own_enterprise() {
        long before = applications();

        for (Map<String, Object> foreign : List.of(form(OTHER, OTHER_CODE), form(OWN, OTHER_CODE), form(OTHER, OWN_CODE))) {
            ResponseEntity<Map> refused = submit("applicant1", "demo", foreign);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message"))
                    .startsWith("本账号（applicant1）只能以所绑定的企业申报：" + OWN + "（统一社会信用代码 " + OWN_CODE + "）");
        }
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void refuses_a_submission_over_the_engine_s_rest_api_naming_every_broken_rule_at_once() {
        long before = applications();
        Map<String, Object> broken = form(OWN, OWN_CODE);
        broken.put(ApplicationProcess.BENCHMARK_NAME, "六西格玛设计的经验");
        broken.put(ApplicationProcess.METHOD_SINCE_YEAR, 2030);
        broken.put(ApplicationProcess.PROFIT_YEAR_2, -12.5);

        ResponseEntity<Map> refused = submit("applicant1", "demo", broken);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).startsWith("请修改以下 3 处后再提交：\n1. 质量标杆名称须以企业名称开头")
                .contains("\n2. 方法开始应用年份须在 1949 至 2024 之间（当前值：2030）。")
                .contains("\n3. 申报条件（第九条）：须近三年连续保持盈利，2022年净利润为 -12.5 万元。");
        assertThat(applications()).as("nothing half-written").isEqualTo(before);
    }

    @Test
    void refuses_an_account_no_administrator_bound_and_tells_it_why_until_one_binds_it() {
        User user = identity.newUser("unbound-applicant");
        user.setPassword("unbound-password");
        identity.saveUser(user);
        identity.createMembership("unbound-applicant", ProcedureGroup.APPLICANT.id());
        long before = applications();

        ResponseEntity<Map> refused = submit("unbound-applicant", "unbound-password", form(OWN, OWN_CODE));
        ResponseEntity<Map> enterprise = rest.withBasicAuth("unbound-applicant", "unbound-password")
                .getForEntity("/api/applicant/enterprise", Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).isEqualTo(ApplicantAccounts.unbound("unbound-applicant"))
                .contains("尚未绑定申报企业，不能提交申报");
        assertThat(enterprise.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(applications()).isEqualTo(before);

        ResponseEntity<Map> bound = send("admin", "admin", HttpMethod.PUT, ACCOUNTS + "/unbound-applicant/enterprise",
                Map.of("creditCode", "91320200MA1WB00014", "enterpriseName", "无锡补绑有限公司"));
        Map<String, Object> own = form("无锡补绑有限公司", "91320200MA1WB00014");
        own.put(ApplicationProcess.BENCHMARK_NAME, "无锡补绑有限公司实施六西格玛设计的经验");

        assertThat(bound.getStatusCode()).as(String.valueOf(bound.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(identity.createUserQuery().userId("unbound-applicant").singleResult().getLastName())
                .as("the account's organisation is the enterprise it is bound to").isEqualTo("无锡补绑有限公司");
        ResponseEntity<Map> applied = submit("unbound-applicant", "unbound-password", own);
        assertThat(applied.getStatusCode()).as(String.valueOf(applied.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(send("admin", "admin", HttpMethod.PUT, ACCOUNTS + "/unbound-applicant/enterprise",
                Map.of("creditCode", "91370100MA3D000001", "enterpriseName", "他企")).getBody().get("message"))
                .asString().contains("已以 无锡补绑有限公司（91320200MA1WB00014）提交过申报，不能改绑其他企业");
    }

    @Test
    void lets_an_administrator_create_an_account_bound_to_its_enterprise_which_then_applies_as_it() {
        ResponseEntity<Map> created = send("admin", "admin", HttpMethod.POST, ACCOUNTS, Map.of("userId", "nantong-gear",
                "password", "initial-password", "contactName", "李 四", "email", "li@nantong-gear.example",
                "creditCode", "91320600MA1NT0001D", "enterpriseName", "南通齿轮有限公司"));

        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat((String) created.getBody().get("message")).contains("南通齿轮有限公司");
        assertThat(identity.createUserQuery().userId("nantong-gear").memberOfGroup(ProcedureGroup.APPLICANT.id()).count()).isOne();
        assertThat(rest.withBasicAuth("admin", "admin").getForObject("/engine-rest/user/nantong-gear/profile", Map.class))
                .as("decision 0031: the webapps show first name, then last name: 李四 南通齿轮有限公司")
                .containsEntry("firstName", "李四").containsEntry("lastName", "南通齿轮有限公司");
        Map<String, Object> own = form("", "");
        own.put(ApplicationProcess.BENCHMARK_NAME, "南通齿轮有限公司实施六西格玛设计的经验");
        ResponseEntity<Map> applied = submit("nantong-gear", "initial-password", own);
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored(applied)).containsValues("nantong-gear", "南通齿轮有限公司", "91320600MA1NT0001D");
        assertThat(rest.withBasicAuth("admin", "admin").getForObject(ACCOUNTS, List.class))
                .anySatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("userId", "nantong-gear")
                        .containsEntry("enterprise", Map.of("creditCode", "91320600MA1NT0001D", "name", "南通齿轮有限公司")))
                .anySatisfy(row -> assertThat((Map<String, Object>) row).containsEntry("userId", "applicant1"));
    }

    @Test
    void refuses_a_second_account_for_an_enterprise_a_bad_code_a_taken_login_and_a_short_password() {
        Map<String, String> sameEnterprise = Map.of("userId", "second-huadong", "password", "initial-password",
                "contactName", "王五", "creditCode", OWN_CODE, "enterpriseName", OWN);

        assertThat(send("admin", "admin", HttpMethod.POST, ACCOUNTS, sameEnterprise).getBody().get("message"))
                .isEqualTo("统一社会信用代码 " + OWN_CODE + " 已绑定账号 applicant1（" + OWN + "）：一个企业只有一个申报账号。");
        assertThat(send("admin", "admin", HttpMethod.POST, ACCOUNTS, Map.of("userId", "bad-code", "password", "initial-password",
                "contactName", "王五", "creditCode", "91320500MA1MX00001", "enterpriseName", "错码有限公司")).getBody().get("message"))
                .asString().startsWith("统一社会信用代码无效");
        assertThat(send("admin", "admin", HttpMethod.POST, ACCOUNTS, Map.of("userId", "office", "password", "initial-password",
                "contactName", "王五", "creditCode", "91320600MA1NT0002G", "enterpriseName", "占号有限公司")).getBody().get("message"))
                .isEqualTo("账号 office 已存在：请换一个账号，或为已有账号绑定企业。");
        assertThat(send("admin", "admin", HttpMethod.POST, ACCOUNTS, Map.of("userId", "short-password", "password", "1234567",
                "contactName", "王五", "creditCode", "91320600MA1NT0002G", "enterpriseName", "短密码有限公司")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identity.createUserQuery().userIdIn("second-huadong", "bad-code", "short-password").count()).isZero();
    }

    @Test
    void lets_no_one_but_an_administrator_create_list_or_bind_accounts() {
        Map<String, String> account = Map.of("userId", "self-made", "password", "initial-password", "contactName", "赵六",
                "creditCode", "91320600MA1NT0003K", "enterpriseName", "自建有限公司");
        for (String user : List.of("applicant1", "office", "jiangsu", "auditor")) {
            // a read-only role is refused every write before any endpoint looks at it (guard.ReadOnlyApi)
            HttpStatus refusedWrite = user.equals("auditor") ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
            assertThat(send(user, "demo", HttpMethod.POST, ACCOUNTS, account).getStatusCode()).as(user).isEqualTo(refusedWrite);
            assertThat(send(user, "demo", HttpMethod.GET, ACCOUNTS, null).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(send(user, "demo", HttpMethod.PUT, ACCOUNTS + "/applicant1/enterprise",
                    Map.of("creditCode", OTHER_CODE, "enterpriseName", OTHER)).getStatusCode()).as(user).isEqualTo(refusedWrite);
        }
        assertThat(rest.postForEntity(ACCOUNTS, account, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(identity.createUserQuery().userId("self-made").count()).isZero();
        assertThat(rest.withBasicAuth("applicant1", "demo").getForObject("/api/applicant/enterprise", Map.class))
                .containsEntry("creditCode", OWN_CODE);
    }
}
