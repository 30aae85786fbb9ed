package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake as people do it, in Debian's Chromium: an applicant starts an application in Tasklist with the
 * Chinese start form and uploads the materials, the unit recommends, the office passes form review, and the
 * auditor reads the case's trail in Cockpit. Screenshots of every step: target/browser-screenshots.
 */
@BenchmarkSpringTest
class IntakeAndAuditBrowserIT {

    // Camunda's own hooks, not the labels: those are Chinese or English with the browser's language.
    private static final By START_PROCESS = By.cssSelector(".start-process-action a");
    private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    @Test
    void takes_an_application_from_start_to_form_review_and_shows_its_trail_to_the_auditor(@TempDir Path files) throws Exception {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        Path experience = Files.write(files.resolve("典型经验.pdf"), "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes());
        Path sealedForm = Files.write(files.resolve("申报书.pdf"), "%PDF-1.7\n2 0 obj <<>> endobj\n%%EOF\n".getBytes());
        String base = "http://localhost:" + port;
        String number;

        try (Browser applicant = new Browser(base)) {
            applicant.login("tasklist", "applicant1", "demo");
            applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(START_PROCESS, "发起流程"));
            applicant.screenshot("01-applicant-tasklist");
            applicant.click(START_PROCESS);
            applicant.clickText("质量标杆申报");
            applicant.choose("RecommendingUnit", "江苏省");
            applicant.fill("EnterpriseName", "华东精密机械股份有限公司");
            applicant.fill("CreditCode", "91320500MA1MX0000R");
            applicant.fill("BenchmarkName", "华东精密机械股份有限公司实施六西格玛设计的经验");
            applicant.choose("SelectionCategory", null);
            applicant.fill("Industry", "C34 通用设备制造业");
            applicant.fill("Region", "江苏省苏州市");
            applicant.fill("LegalRepresentative", "王建国");
            applicant.choose("EnterpriseNature", "民营");
            applicant.fill("FoundedYear", "1998");
            applicant.fill("IndustryCode", "C34");
            applicant.fill("MethodSinceYear", "2015");
            applicant.fill("AbstractText", "以六西格玛设计方法系统提升产品可靠性，一次交检合格率提升至99.2%。");
            applicant.fill("EnterpriseProfile", "成立于1998年，主营精密机床。");
            applicant.fill("MethodApplication", "推进过程".repeat(600));
            applicant.fill("Effects", "近三年合格率 97.1%、98.4%、99.2%。");
            applicant.fill("ProfitYear1", "1200");
            applicant.fill("ProfitYear2", "1350");
            applicant.fill("ProfitYear3", "1500");
            applicant.check("IndependentLegalPerson");
            applicant.check("NoBadRecords");
            applicant.check("MethodMature");
            applicant.check("CommitsToShare");
            applicant.fill("ContactName", "张三");
            applicant.fill("ContactPhone", "0512-66668888");
            applicant.screenshot("02-applicant-start-form");
            applicant.click(START);
            number = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ApplicationProcess.KEY).startedBy("applicant1")
                    .processInstanceBusinessKeyLike("2024-national-%").singleResult().getBusinessKey();
            // seed 001 §1(2)4: the online form goes to the unit first; the applicant has no task until it recommends
            applicant.waiting().until(driver -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(number).taskDefinitionKey("UserTask_RecommendApplication").count() == 1);
            applicant.screenshot("03-applicant-submitted-to-unit");
        }

        try (Browser unit = new Browser(base)) {
            unit.login("tasklist", "jiangsu", "demo");
            unit.uploadSealedRecommendation(number, files);
            unit.open("/camunda/app/tasklist/default/");
            unit.openTask("择优推荐");
            assertThat(unit.pageText()).contains("华东精密机械股份有限公司");
            unit.screenshot("04-unit-recommendation-form");
            unit.radio("推荐（占用本单位名额）");
            unit.click(COMPLETE);
            unit.waiting().until(driver -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(number).taskDefinitionKey("UserTask_UploadMaterials").count() == 1);
        }

        try (Browser applicant = new Browser(base)) {
            applicant.login("tasklist", "applicant1", "demo");
            applicant.clickTask("上传申报材料");
            applicant.screenshot("05-applicant-materials-task");
            applicant.open("/materials.html?application=" + number);
            applicant.upload("kind", "EXPERIENCE", experience);
            applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已上传"));
            applicant.upload("kind", "SEALED_FORM", sealedForm);
            applicant.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "申报书.pdf"));
            applicant.screenshot("06-applicant-materials-page");
            applicant.open("/camunda/app/tasklist/default/");
            applicant.openTask("上传申报材料");
            applicant.click(COMPLETE);
            applicant.waiting().until(driver -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(number).taskDefinitionKey("UserTask_ReviewForm").count() == 1);
        }

        try (Browser office = new Browser(base)) {
            office.login("tasklist", "office", "demo");
            office.openTask("形式审查");
            office.screenshot("07-office-form-review");
            office.radio("通过，进入资料评审");
            office.click(COMPLETE);
            office.waiting().until(driver -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(number).taskDefinitionKey("UserTask_ReviewForm").count() == 0);
            office.screenshot("08-office-done");
        }

        try (Browser auditor = new Browser(base)) {
            auditor.login("cockpit", "auditor", "demo");
            auditor.open("/camunda/app/cockpit/default/#/audit-trail");
            auditor.visible(By.cssSelector(".audit-recent table"));
            auditor.visible(By.cssSelector("input.audit-key")).sendKeys(number);
            auditor.button("查看");
            auditor.screenshot("09-auditor-case-requested");
            auditor.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//div[contains(@class, 'audit-case')]//h4[normalize-space(.)='用户操作日志']")));
            String trail = auditor.visible(By.cssSelector(".audit-case")).getDomProperty("textContent");
            auditor.screenshot("10-auditor-trail");
            assertThat(trail).contains(number).contains("形式审查").contains("jiangsu").contains("office").contains("applicant1")
                    .contains("人工办理").contains("企业名称").doesNotContain("[UserTask_").doesNotContain("userTask")
                    .doesNotContain("ACTIVE").doesNotContain("其他数据项");
        }
    }
}
