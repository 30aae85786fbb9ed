package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.PdfText;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestReviews;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.notice.NoticeSender;
import org.caq.benchmark.review.Experts;
import org.caq.benchmark.review.Reviews;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each generated document and each chart opened in a real browser by the person it is for: the applicant's 申报书 and
 * receipt, the unit's 推荐表 and 推荐汇总表, an expert's 评分表, the office's dashboard and score export, the demo mailbox,
 * and the public 通知公告, registry and announcement charts. Every PDF fetched is read back with PDFBox.
 */
@BenchmarkSpringTest
class PrintablesBrowserIT {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired NoticeSender sender;
    @Autowired Reviews reviews;
    @Autowired Experts experts;

    private void complete(String processInstance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }

    @Test
    void each_person_opens_their_documents_and_the_office_its_charts() throws Exception {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> application = TestApplications.form("jiangsu", "浏览器打印有限公司", TestApplications.JIANGSU_CODE);
        String account = cases.applicantOf(application);
        ProcessInstance pi = cases.submit(account, application);
        String number = pi.getBusinessKey();
        cases.attachRequiredMaterials(number, account);
        complete(pi.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        complete(pi.getId(), Map.of());
        String base = "http://localhost:" + port;

        try (Browser applicant = new Browser(base)) {
            applicant.login("tasklist", account, TestApplicants.PASSWORD);
            applicant.open("/materials.html?application=" + number);
            String form = applicant.href("打印申报书");
            applicant.visible(By.partialLinkText("申报回执 " + number + "-R1"));
            applicant.screenshot("printables-01-materials");
            assertThat(PdfText.flat(applicant.download(form))).contains("质量标杆申报书", number, "浏览器打印有限公司实施六西格玛设计的经验");
            assertThat(PdfText.flat(applicant.download(applicant.href("申报回执 " + number + "-R1")))).contains("质量标杆申报回执", number);
            applicant.open(form);
            applicant.screenshot("printables-02-application-form");
        }

        try (Browser unit = new Browser(base)) {
            unit.login("tasklist", "jiangsu", "demo");
            unit.open("/materials.html?application=" + number);
            assertThat(PdfText.flat(unit.download(unit.href("打印推荐表")))).contains("质量标杆推荐表", "江苏省工业和信息化厅", number);
            unit.visible(By.id("recommendation-file"));
            unit.screenshot("printables-03-unit-materials");
            byte[] summary = unit.download("/api/campaigns/2024-national/units/jiangsu/recommendations.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary))) {
                assertThat(workbook.getSheet("推荐汇总表")).anySatisfy(row ->
                        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(number));
            }
        }

        TestReviews.materialReviewUnderWay(engine, jdbc, store, accounts);
        var review = reviews.ofCampaign(TestReviews.CAMPAIGN).get(0);
        String expert = experts.find(review.expertCode()).orElseThrow().userId();
        try (Browser reviewer = new Browser(base)) {
            reviewer.login("tasklist", expert, "demo");
            reviewer.open("/reviews.html");
            String sheet = "/api/reviews/" + review.id() + "/score-sheet.pdf";
            reviewer.visible(By.cssSelector("a[href='" + sheet + "']"));
            reviewer.screenshot("printables-04-expert-reviews");
            assertThat(PdfText.flat(reviewer.download(sheet))).contains("专家评分表（资料评审）", "科学性和创新性", "评审专家（签字）");
        }

        try (Browser office = new Browser(base)) {
            office.login("tasklist", "office", "demo");
            office.open("/dashboard.html?campaign=2024-national");
            for (String chart : List.of("funnel", "units", "categories", "objections")) {
                office.visible(By.cssSelector("section[data-chart='" + chart + "'] canvas"));
            }
            for (String chart : List.of("reviews", "scores", "overdue")) {
                office.visible(By.cssSelector("section[data-chart='" + chart + "'] .chart"));
            }
            office.screenshot("printables-05-dashboard");
            for (String chart : List.of("funnel", "units", "categories", "reviews", "scores", "objections", "overdue")) {
                byte[] xlsx = office.download("/api/campaigns/2024-national/dashboard/" + chart + ".xlsx");
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(chart).isNotBlank();
                }
            }
            office.open("/dashboard.html?campaign=" + TestReviews.CAMPAIGN);
            office.visible(By.cssSelector("section[data-chart='reviews'] canvas"));
            office.screenshot("printables-06-dashboard-reviews");
            office.open("/reviews.html?campaign=" + TestReviews.CAMPAIGN);
            byte[] export = office.download(office.href("资料评审评分表格"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
                assertThat(workbook.getSheet("评分明细")).isNotNull();
            }
            office.screenshot("printables-07-office-reviews");
        }

        sender.sendDue();
        try (Browser admin = new Browser(base)) {
            admin.login("tasklist", "admin", "admin");
            admin.open("/mailbox.html");
            admin.visible(By.xpath("//td[contains(., '申报 " + number + "：形式审查中')]"));
            admin.screenshot("printables-08-mailbox");
        }

        String announced = announcedYear(2014);
        try (Browser visitor = new Browser(base)) {
            visitor.open("/public/notices.html");
            visitor.visible(By.cssSelector("section.notice[data-campaign='2024-national']"));
            visitor.screenshot("printables-09-public-notices");
            assertThat(PdfText.flat(visitor.download("/public/api/notices/2024-national/guide.pdf"))).contains("2024年全国质量标杆申报指南");
            assertThat(PdfText.flat(visitor.download("/public/api/notices/2024-national/application-form-template.pdf")))
                    .contains("质量标杆申报书（模板）");
            visitor.open("/public/announcement.html?campaign=" + announced);
            visitor.visible(By.cssSelector("#title-charts [data-chart='byProvince'] canvas"));
            visitor.visible(By.cssSelector("#title-charts [data-chart='byCategory'] canvas"));
            visitor.screenshot("printables-10-announcement-charts");
            visitor.open("/public/registry.html");
            // the years are filled in once the registry has loaded
            visitor.visible(By.cssSelector("#year option[value='2014']"));
            new org.openqa.selenium.support.ui.Select(visitor.visible(By.id("year"))).selectByValue("2014");
            visitor.visible(By.cssSelector("#title-charts [data-chart='byProvince'] canvas"));
            visitor.screenshot("printables-11-registry-charts");
        }
    }

    /** A year's campaign carried to its announcement, so that it has titles. */
    private String announcedYear(int year) {
        ProcessInstance campaign = new TestPreliminaryLists(engine, jdbc, store, accounts).national(year, List.of("分布甲有限公司", "分布乙有限公司"))
                .campaign();
        complete(campaign.getId(), Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        new TestCampaigns(engine, jdbc).fireTimer(campaign.getBusinessKey(), "Event_PublicityPeriodEnds");
        complete(campaign.getId(), Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(campaign.getId(), Map.of(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "批准"));
        complete(campaign.getId(), Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔" + year + "〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
        return campaign.getBusinessKey();
    }
}
