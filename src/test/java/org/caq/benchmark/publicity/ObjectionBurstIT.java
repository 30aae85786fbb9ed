package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The objection intake's bound over all addresses: a burst from many addresses, each within its own limit, is
 * slowed once the hour's objections reach benchmark.objections.per-hour, with a Chinese 429 and Retry-After.
 */
@BenchmarkSpringTest
class ObjectionBurstIT {

    private static final String CAMPAIGN = "2015-national";

    @Autowired ObjectionIntake intake;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired ApplicantAccounts accounts;
    @Value("${benchmark.objections.per-hour}") int perHour;
    @LocalServerPort int port;

    @AfterEach
    void leaveTheHourToTheOtherTests() {
        jdbc.sql("update objection set submitted_at = ? where campaign_number = ?")
                .params(Timestamp.from(BeijingTime.now().minusSeconds(7200)), CAMPAIGN).update();
    }

    @Test
    void slows_a_burst_from_many_addresses_once_the_hour_s_objections_reach_the_bound() {
        BpmnAwareTests.init(engine);
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2015, List.of("异议洪峰有限公司"));
        complete(task(listed.campaign()), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START,
                TestPreliminaryLists.publicityStart(arrangements).toString()));
        TestPreliminaryLists.beginToday(jdbc, CAMPAIGN);
        String target = listed.applications().get(0);
        long earlier = jdbc.sql("select count(*) from objection where submitted_at >= ?")
                .param(Timestamp.from(BeijingTime.now().minusSeconds(3600))).query(Long.class).single();

        for (long i = earlier; i < perHour; i++) {
            intake.submit(ObjectionForm.of(target, "路人" + i, null, "1380000" + String.format("%04d", i), null,
                    "该企业申报材料中的数据与公开年报不一致，请予核查。", "true"), null, null, "10.66." + (i / 200) + "." + (i % 200));
        }
        long before = jdbc.sql("select count(*) from objection where campaign_number = ?").param(CAMPAIGN).query(Long.class).single();

        String form = "applicationNumber=" + target + "&name=" + encode("新来者") + "&phone=13999990000&grounds="
                + encode("公示名单中的该企业存在质量事故，附证明。") + "&pledge=true";
        LoopbackClient.Response refused = new LoopbackClient("127.0.16.1", port).post("/public/api/objections",
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), "X-Requested-With: XMLHttpRequest");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(refused.body()).contains("全部异议每小时最多受理 " + perHour + " 件", "分钟后再试");
        assertThat(jdbc.sql("select count(*) from objection where campaign_number = ?").param(CAMPAIGN).query(Long.class).single())
                .as("nothing recorded").isEqualTo(before);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
