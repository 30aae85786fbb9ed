package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Bad input is answered 4xx with a Chinese message on every path, on H2 and on PostgreSQL (which would refuse a
 * NUL in text with an SQL error): a refusal from a delegate on plain {@code /start} and through the webapps' API,
 * control characters in enterprise names, file names, objections and texts nobody reads, a JSON object where a text
 * is expected, an unknown campaign on the office's API. Nothing is stored.
 */
@BenchmarkSpringTest
class BadInputIT {

    static final String START = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/start";
    static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form";
    static final String ENTERPRISE = "华东精密机械股份有限公司";

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void nationalCampaignOpen() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
    }

    private static Map<String, Object> form() {
        return TestApplications.form("jiangsu", ENTERPRISE, TestApplications.JIANGSU_CODE);
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> form = new HashMap<>(form());
        form.put(key, value);
        return form;
    }

    private long applications() {
        return jdbc.sql("select count(*) from application").query(Long.class).single();
    }

    private ResponseEntity<Map> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth("applicant1", "demo").postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void answers_a_delegate_s_refusal_on_plain_start_with_400_and_its_chinese_message() {
        long before = applications();

        ResponseEntity<Map> answer = post(START, TestApplications.restBody(with(ApplicationProcess.CONTACT_NAME, " ")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).containsEntry("type", "InvalidInput").containsEntry("message", "联系人为必填项。");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void answers_the_same_refusal_through_the_webapps_api_on_start_and_submit_form() {
        WebSession tasklist = new WebSession(port);
        assertThat(tasklist.login("tasklist", "applicant1", "demo")).isEqualTo(200);
        String body = "{\"variables\":{\"" + ApplicationProcess.RECOMMENDING_UNIT + "\":{\"value\":\"no-such-unit\"}}}";

        for (String action : List.of("start", "submit-form")) {
            HttpResponse<String> answer = tasklist.post("/camunda/api/engine/engine/default/process-definition/key/"
                    + ApplicationProcess.KEY + "/" + action, "application/json", body);

            assertThat(answer.statusCode()).as(action).isEqualTo(400);
            assertThat(answer.body()).as(action).contains("推荐单位无效（当前值：no-such-unit）");
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "NUL, enterpriseName, 请求中变量 enterpriseName 含有不允许的控制字符（U+0000）",
            "ESC, enterpriseName, 请求中变量 enterpriseName 含有不允许的控制字符（U+001B）",
            "BEL, contactName, 请求中变量 contactName 含有不允许的控制字符（U+0007）",
            "RLO, enterpriseName, 请求中变量 enterpriseName 含有不允许的文字方向控制字符（U+202E）",
            "NUL, abstractText, 请求中变量 abstractText 含有不允许的控制字符（U+0000）",
            "LF, enterpriseName, 企业名称含有不允许的换行符（U+000A）：须为单行文字",
            "CR, benchmarkName, 质量标杆名称含有不允许的换行符（U+000D）：须为单行文字"})
    void refuses_control_characters_in_the_application_with_400_naming_the_field(String character, String field,
            String message) {
        long before = applications();
        Map<String, Object> form = form();
        form.put(field, form.get(field) + CHARACTERS.get(character) + "x");

        ResponseEntity<Map> answer = post(SUBMIT_FORM, TestApplications.restBody(form));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) answer.getBody().get("message")).startsWith(message).endsWith("请删除后重新提交。");
        assertThat(applications()).isEqualTo(before);
    }

    static final Map<String, String> CHARACTERS = Map.of("NUL", "\u0000", "ESC", "\u001b", "BEL", "\u0007",
            "LF", "\n", "CR", "\r", "RLO", "\u202e");

    @Test
    void keeps_line_breaks_in_a_multi_line_text() {
        ResponseEntity<Map> answer = post(SUBMIT_FORM, TestApplications.restBody(
                with(ApplicationProcess.ABSTRACT, "第一段。\r\n第二段，\t含制表符。")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select abstract_text from application where number = ?").param(answer.getBody().get("businessKey"))
                .query(String.class).single()).isEqualTo("第一段。\n第二段，\t含制表符。");
    }

    @Test
    void refuses_a_nul_in_a_variable_no_delegate_reads_a_business_key_and_a_task_comment_before_it_reaches_sql() {
        long before = applications();
        Map<String, Object> body = new HashMap<>(TestApplications.restBody(form()));
        ((Map<String, Object>) body.get("variables")).put("note", Map.of("value", "a\u0000b"));

        ResponseEntity<Map> unread = post(SUBMIT_FORM, body);
        ResponseEntity<Map> businessKey = post(START, Map.of("businessKey", "k\u0000", "variables", Map.of()));
        ResponseEntity<Map> comment = post("/engine-rest/task/any/comment/create", Map.of("message", "注释\u0000"));
        ResponseEntity<String> query = rest.withBasicAuth("applicant1", "demo")
                .getForEntity(URI.create(rest.getRootUri() + "/engine-rest/task?name=a%00b"), String.class);

        ResponseEntity<String> path = rest.withBasicAuth("applicant1", "demo")
                .getForEntity(URI.create(rest.getRootUri() + "/engine-rest/task/a%00b"), String.class);

        for (ResponseEntity<?> answer : List.of(unread, businessKey, comment, query)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().toString()).contains("含有不允许的控制字符（U+0000）");
        }
        assertThat(path.getStatusCode()).as("the web server refuses a NUL in the path").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unread.getBody().get("message")).contains("变量 note ");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void refuses_a_json_object_or_array_where_a_text_is_expected() {
        Map<String, Object> body = TestApplications.restBody(form());
        ((Map<String, Object>) body.get("variables")).put(ApplicationProcess.ENTERPRISE_NAME,
                Map.of("type", "Json", "value", "{\"name\":\"" + ENTERPRISE + "\"}"));
        Map<String, Object> array = TestApplications.restBody(form());
        ((Map<String, Object>) array.get("variables")).put(ApplicationProcess.CONTACT_NAME,
                Map.of("type", "Json", "value", "[\"张三\"]"));

        for (Map<String, Object> sent : List.of(body, array)) {
            ResponseEntity<Map> answer = post(SUBMIT_FORM, sent);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) answer.getBody().get("message")).contains("须为文字，不能是 JSON 对象、数组");
        }
    }

    @Test
    void refuses_control_characters_in_an_uploaded_file_s_name_and_in_an_objection() {
        String number = (String) post(SUBMIT_FORM, TestApplications.restBody(form())).getBody().get("businessKey");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<Map> upload = rest.withBasicAuth("applicant1", "demo").exchange(
                "/api/applications/" + number + "/documents?kind=EXPERIENCE&fileName={name}", HttpMethod.POST,
                new HttpEntity<>("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), headers), Map.class,
                "经验\u202Efdp.exe");
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) upload.getBody().get("message")).contains("文字方向控制字符（U+202E）");

        ResponseEntity<Map> grounds = object(number, "该企业申报的方法应用年限与事实不符\u0000，附有相关证明材料供核查。", "证据.pdf");
        ResponseEntity<Map> evidenceName = object(number, "该企业申报的方法应用年限与事实不符，附有相关证明材料供核查。", "证据\u0007.pdf");

        assertThat(grounds.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) grounds.getBody().get("message")).startsWith("异议理由及事实含有不允许的控制字符（U+0000）");
        assertThat(evidenceName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) evidenceName.getBody().get("message")).startsWith("文件名含有不允许的控制字符（U+0007）");
        assertThat(jdbc.sql("select count(*) from objection where application_number = ?").param(number)
                .query(Long.class).single()).isZero();
    }

    /** An objection from the public page, multipart with its evidence file. */
    private ResponseEntity<Map> object(String application, String grounds, String evidenceName) {
        var objection = new LinkedMultiValueMap<String, Object>();
        objection.add("applicationNumber", application);
        objection.add("name", "王五");
        objection.add("phone", "13900000001");
        objection.add("grounds", grounds);
        objection.add("pledge", "true");
        objection.add("evidence", new ByteArrayResource("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public String getFilename() {
                return evidenceName;
            }
        });
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        multipart.set("X-Requested-With", "XMLHttpRequest");
        return rest.postForEntity("/public/api/objections", new HttpEntity<>(objection, multipart), Map.class);
    }

    @Test
    void answers_an_unknown_campaign_or_an_unreadable_body_on_the_office_s_api_with_4xx_in_chinese() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        TestRestTemplate office = rest.withBasicAuth("office", "demo");

        ResponseEntity<Map> leader = office.exchange("/api/campaigns/1999-nowhere/groups/G1/leader", HttpMethod.PUT,
                new HttpEntity<>(Map.of("expert", "E01"), headers), Map.class);
        ResponseEntity<Map> reviews = office.getForEntity("/api/campaigns/1999-nowhere/reviews", Map.class);
        ResponseEntity<Map> objectReason = office.postForEntity("/api/reviews/any/reassign",
                new HttpEntity<>(Map.of("reason", Map.of("text", "不可用")), headers), Map.class);
        ResponseEntity<Map> notJson = office.postForEntity("/api/reviews/any/reassign",
                new HttpEntity<>("{reason:", headers), Map.class);

        assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(leader.getBody()).containsEntry("message", "遴选活动 1999-nowhere 不存在，或您无权查看。");
        assertThat(reviews.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(objectReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(objectReason.getBody()).containsEntry("message", "请求内容有误：字段 reason 的类型不对（须为文字，不能是 JSON 对象或数组）。");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notJson.getBody().get("message")).startsWith("请求内容无法读取");
    }
}
