package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.PdfText;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 通知公告 for anyone: notices, 申报指南 and templates; the objection look-up by number and phone, within its limits. */
@BenchmarkSpringTest
class PublicNoticesIT {

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @LocalServerPort int port;

    @Test
    void offers_each_published_campaign_s_notice_guide_and_templates_to_anyone() throws Exception {
        new org.caq.benchmark.TestCampaigns(engine, jdbc).openNational(2024, null);
        TestHttp http = new TestHttp(port);
        String notices = TestHttp.text(http.get(null, "/public/api/notices"));
        assertThat(notices).contains("\"campaign\":\"2024-national\"", "2024年全国质量标杆遴选通知", "https://www.caq.org.cn/2024-national",
                "/public/api/notices/2024-national/guide.pdf");

        String guide = PdfText.flat(http.get(null, "/public/api/notices/2024-national/guide.pdf").body());
        assertThat(guide).contains("2024年全国质量标杆申报指南", "申报时间", "第九条", "8000字以内", "黑体小二号居中", "推荐截止");
        assertThat(PdfText.flat(http.get(null, "/public/api/notices/2024-national/application-form-template.pdf").body()))
                .contains("质量标杆申报书（模板）", "统一社会信用代码", "摘要");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                http.get(null, "/public/api/notices/2024-national/recommendation-summary-template.xlsx").body()))) {
            assertThat(workbook.getSheet("推荐汇总表").getRow(0).getCell(1).getStringCellValue()).isEqualTo("申报编号");
        }
        assertThat(http.get(null, "/public/api/notices/1999-national/guide.pdf").statusCode()).isEqualTo(404);
        assertThat(TestHttp.text(http.get(null, "/public/api/registry/1990/summary")))
                .isEqualTo("{\"year\":1990,\"byProvince\":[],\"byCategory\":[]}");
    }

    @Test
    void tells_the_objector_the_progress_for_the_right_phone_only_and_stops_guessing() {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2027, List.of("查询测试有限公司"));
        ProcessInstance campaign = listed.campaign();
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements);
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).singleResult().getId(),
                Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString()));
        TestPreliminaryLists.beginToday(jdbc, campaign.getBusinessKey());
        // five objections an hour per address: other tests' objections from this address are moved out of the hour
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(java.sql.Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();
        TestHttp http = new TestHttp(port);
        String boundary = "----b";
        String form = part(boundary, "applicationNumber", listed.applications().get(0)) + part(boundary, "name", "赵六")
                + part(boundary, "phone", "13712345678") + part(boundary, "pledge", "true")
                + part(boundary, "grounds", "该企业近三年利润数据与其公开年报不一致，请核实处理。") + "--" + boundary + "--\r\n";
        assertThat(http.post(null, "/public/api/objections", "multipart/form-data; boundary=" + boundary,
                form.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);
        String number = campaign.getBusinessKey() + "-Y001";
        // and this one too, so that the tests that count the limit find the hour as they expect it
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(java.sql.Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();

        String found = TestHttp.text(lookup(http, number, "13712345678"));
        assertThat(found).contains("\"number\":\"" + number + "\"", "\"status\":\"调查核实中\"", "查询测试有限公司实施六西格玛设计的经验")
                .doesNotContain("赵六").doesNotContain("findings");
        for (int i = 0; i < 5; i++) {
            var wrong = lookup(http, number, "1370000000" + i);
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(TestHttp.text(wrong)).contains("未查到该异议");
        }
        var blocked = lookup(http, number, "13712345678");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(TestHttp.text(blocked)).contains("每小时最多 5 次未查到结果");
        assertThat(http.get(null, "/public/api/objections/lookup").statusCode()).as("no GET with the phone in the URL").isIn(404, 405);
    }

    private static java.net.http.HttpResponse<byte[]> lookup(TestHttp http, String number, String phone) {
        return http.post(null, "/public/api/objections/lookup", "application/json",
                ("{\"number\":\"" + number + "\",\"phone\":\"" + phone + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
