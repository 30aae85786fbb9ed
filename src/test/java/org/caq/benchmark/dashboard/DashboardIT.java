package org.caq.benchmark.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The office's dashboard: its charts as JSON and as spreadsheets, for the office and auditors only; the demo mailbox. */
@BenchmarkSpringTest
class DashboardIT {

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @LocalServerPort int port;

    @Test
    void draws_a_campaign_from_application_to_title_for_the_office_and_auditors_only() throws Exception {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> application = TestApplications.form("shandong", "统计测试有限公司", TestApplications.SHANDONG_CODE);
        ProcessInstance pi = cases.submit(application);
        cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(application));
        long applications = jdbc.sql("select count(*) from application where campaign_number = '2024-national'").query(Long.class).single();

        TestHttp http = new TestHttp(port);
        String json = TestHttp.text(http.get("office", "/api/campaigns/2024-national/dashboard"));
        assertThat(json).contains("\"title\":\"2024年全国质量标杆遴选\"");
        for (String chart : List.of("funnel", "units", "categories", "reviews", "scores", "objections", "overdue")) {
            assertThat(json).contains("\"id\":\"" + chart + "\"");
        }
        assertThat(json).contains("[\"申报\"," + applications + "]", "山东省工业和信息化厅", "从申报到称号", "调查核实中");
        assertThat(http.get("auditor", "/api/campaigns/2024-national/dashboard").statusCode()).isEqualTo(200);
        for (String stranger : List.of("applicant2", "shandong", "expert1", "ministry")) {
            assertThat(http.get(stranger, "/api/campaigns/2024-national/dashboard").statusCode()).as(stranger).isEqualTo(404);
            assertThat(http.get(stranger, "/api/campaigns/2024-national/dashboard/funnel.xlsx").statusCode()).as(stranger).isEqualTo(404);
        }

        byte[] funnel = http.get("office", "/api/campaigns/2024-national/dashboard/funnel.xlsx").body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(funnel))) {
            DataFormatter cells = new DataFormatter();
            var sheet = workbook.getSheetAt(0);
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("阶段");
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("申报");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(applications);
        }
        assertThat(http.get("office", "/api/campaigns/2024-national/dashboard/nothing.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void shows_the_demo_mailbox_to_administrators_only() {
        TestHttp http = new TestHttp(port);
        assertThat(http.get("admin", "/api/mailbox").statusCode()).isEqualTo(200);
        assertThat(http.get("office", "/api/mailbox").statusCode()).isEqualTo(404);
        assertThat(http.get("applicant1", "/api/mailbox").statusCode()).isEqualTo(404);
    }
}
