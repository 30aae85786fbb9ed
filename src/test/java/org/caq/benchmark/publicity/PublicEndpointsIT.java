package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The public side over HTTP without a login: the lists show what was published and nothing of the review or of
 * objectors; the objection intake checks every field, the evidence, the script header and the rate per address.
 */
@BenchmarkSpringTest
class PublicEndpointsIT {

    @Autowired TestRestTemplate rest;

    @Autowired ApplicantAccounts accounts;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;

    private static MultiValueMap<String, Object> objection(String application, String phone, ByteArrayResource evidence) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("applicationNumber", application);
        form.add("name", "王五");
        form.add("phone", phone);
        form.add("grounds", "该企业申报的方法应用年限与事实不符，附有相关证明材料供核查。");
        form.add("pledge", "true");
        if (evidence != null) {
            form.add("evidence", evidence);
        }
        return form;
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private ResponseEntity<Map> post(MultiValueMap<String, Object> form, boolean fromScript) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (fromScript) {
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        return rest.postForEntity("/public/api/objections", new HttpEntity<>(form, headers), Map.class);
    }

    /**
     * The office's submit-form over /engine-rest as a careless or hostile client sends it: the channels of Art. 21 are
     * checked on the server (Tasklist's "required" runs only in the browser), nothing is published before they stand.
     */
    private void publishThroughRestWithTheChannelsOfArticle21(String task) {
        String start = TestPreliminaryLists.publicityStart(arrangements).toString();
        Map<String, Object> startValue = Map.of("value", start, "type", "String");
        Map<String, Map<String, Object>> refusals = Map.of(
                "请选择发布渠道", Map.of(),
                "发布渠道须为列表", Map.of("value", 3, "type", "Integer"),
                "发布渠道只能是 caq-website（中国质量协会网站）", Map.of("value", "[\"caq-website\",\"weibo\"]", "type", "Json"),
                "尚未选择：工信部科技司网站、全国质量标杆微信公众号", Map.of("value", "[\"caq-website\"]", "type", "Json"),
                "已选择“其他渠道”，请在发布渠道说明中写明", Map.of("value", "[\"caq-website\",\"miit-sti-website\","
                        + "\"benchmark-wechat\",\"other\"]", "type", "Json"));
        refusals.forEach((message, channels) -> {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of(PublicityProcess.PUBLICITY_START, startValue,
                    "publicityListOverride", Map.of("value", "伪造名单", "type", "String")));
            if (!channels.isEmpty()) {
                variables.put(PublicityProcess.PUBLICITY_CHANNELS, channels);
            }
            ResponseEntity<Map> answer = submit(task, variables);
            assertThat(answer.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) answer.getBody().get("message")).as(message).contains(message);
        });
        assertThat(jdbc.sql("select count(*) from publicity where campaign_number = '2017-national'").query(Long.class).single())
                .as("nothing published by a refused form").isZero();
        ResponseEntity<Map> published = submit(task, Map.of(PublicityProcess.PUBLICITY_START, startValue,
                PublicityProcess.PUBLICITY_CHANNELS, Map.of("value", "[\"caq-website\",\"miit-sti-website\",\"benchmark-wechat\","
                        + "\"other\"]", "type", "Json"),
                PublicityProcess.PUBLICITY_CHANNEL_NOTE, Map.of("value", "中国质量网 www.caq.org.cn", "type", "String")));
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.sql("select channel_codes from publicity where campaign_number = '2017-national'").query(String.class)
                .single()).isEqualTo("caq-website,miit-sti-website,benchmark-wechat,other");
    }

    private ResponseEntity<Map> submit(String task, Map<String, ?> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("office", "demo").postForEntity("/engine-rest/task/" + task + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
    }

    @Test
    void publishes_the_list_to_anyone_and_takes_objections_within_the_limits() {
        BpmnAwareTests.init(engine);
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts)
                .national(2017, List.of("公开甲有限公司", "公开乙有限公司"));
        publishThroughRestWithTheChannelsOfArticle21(task(listed.campaign()).getId());
        TestPreliminaryLists.beginToday(jdbc, "2017-national");
        String target = listed.applications().get(0);

        ResponseEntity<String> lists = rest.getForEntity("/public/api/publicity", String.class);
        assertThat(lists.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lists.getBody()).contains("公开甲有限公司", "2017年全国质量标杆推荐名单公示", "\"open\":true",
                        "中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号、其他渠道（中国质量网 www.caq.org.cn）")
                .doesNotContain("score", "comment", "赵国强", "expert", "applicant1", "creditCode");

        assertThat(post(objection(target, "13900000001", null), false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        MultiValueMap<String, Object> noGrounds = objection(target, "13900000001", null);
        noGrounds.remove("grounds");
        ResponseEntity<Map> refused = post(noGrounds, true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("message", "异议理由及事实为必填项。");
        ResponseEntity<Map> executable = post(objection(target, "13900000001", file("证据.exe", new byte[] {'M', 'Z', 0, 0})), true);
        assertThat(executable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) executable.getBody().get("message")).contains("证明材料只接受");
        assertThat(jdbc.sql("select count(*) from objection where application_number = ?").param(target).query(Long.class).single())
                .as("nothing half-written").isZero();

        ResponseEntity<Map> accepted = post(objection(target, "13900000001",
                file("证据.pdf", "%PDF-1.4 evidence".getBytes(StandardCharsets.US_ASCII))), true);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) accepted.getBody().get("number");
        assertThat(number).isEqualTo("2017-national-Y001");
        assertThat(rest.getForEntity("/api/objections/" + number + "/evidence", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("applicant1", "demo").getForEntity("/api/objections/" + number + "/evidence", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("office", "demo").getForEntity("/api/objections/" + number + "/evidence", String.class)
                .getBody()).isEqualTo("%PDF-1.4 evidence");

        for (int i = 2; i <= 5; i++) {
            assertThat(post(objection(target, "1390000000" + i, null), true).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<Map> tooMany = post(objection(target, "13900000006", null), true);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) tooMany.getBody().get("message")).contains("每小时最多提交 5 件");
        assertThat(Long.parseLong(tooMany.getHeaders().getFirst("Retry-After"))).isBetween(3000L, 3600L);

        assertThat(rest.getForEntity("/public/api/publicity", String.class).getBody()).doesNotContain("王五", "13900000001");
        for (String path : List.of("/public/api/registry", "/public/api/announcements", "/public/api/revocations",
                "/public/publicity.html", "/public/registry.html")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
        assertThat(rest.getForEntity("/public/api/announcements/2017-national", Map.class).getStatusCode())
                .as("not announced yet").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void calls_a_list_still_to_come_so_and_answers_a_provincial_objection_in_the_name_of_the_province_s_organiser() {
        BpmnAwareTests.init(engine);
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts)
                .provincial(2014, "jiangsu", List.of("省公示甲有限公司"), List.of("jiangsu-suzhou"), TestApplications.JIANGSU_CODE);
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements).plusDays(7);
        while (!arrangements.calendar().isWorkingDay(start)) {
            start = start.plusDays(1);
        }
        complete(task(listed.campaign()), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString()));

        Map<String, Object> upcoming = provincialList();
        assertThat(upcoming).containsEntry("status", "即将公示").containsEntry("open", false).containsEntry("startsOn", start.toString());
        assertThat(rest.getForEntity("/public/publicity.js", String.class).getBody())
                .as("the page says when objections open, not that the period is over").contains("公示将于 ${p.startsOn} 开始");

        TestPreliminaryLists.beginToday(jdbc, "2014-jiangsu");
        assertThat(provincialList()).containsEntry("status", "公示中");
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();
        ResponseEntity<Map> receipt = post(objection(listed.applications().get(0), "13900000101", null), true);
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();

        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((String) receipt.getBody().get("message")).as("the campaign's own organiser, and the look-up that exists")
                .contains("省工业和信息化厅将调查核实并报评审委员会审议").contains("异议办理进度查询")
                .doesNotContain("全国质量标杆工作办公室");
        assertThat(rest.getForEntity("/public/notices.html", String.class).getBody()).contains("id=\"lookup\"");
    }

    private Map<String, Object> provincialList() {
        List<Map<String, Object>> lists = rest.exchange("/public/api/publicity", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        return lists.stream().filter(p -> "2014-jiangsu".equals(p.get("campaign"))).findFirst().orElseThrow();
    }
}
