package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestObjections;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.TestTitles;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages, without a login, against the real backend: a member of the public reads the publicity and
 * submits an objection with evidence; once it is upheld the entry shows as withdrawn; after the announcement the
 * registry, the printable announcement and the revocation notice show the year's result. The office's and
 * committee's steps in between run through the engine (their Tasklist forms are covered by the other browser tests).
 * A visitor turns the registry's pages (51 titles of Zhejiang's 2019 campaign, which no other browser test opens), and
 * the address keeps the filters and the page.
 */
@BenchmarkSpringTest
class PublicPagesBrowserIT {

    private static final int YEAR = 2021;
    private static final String CAMPAIGN = YEAR + "-national";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;

    @Test
    void the_public_objects_during_publicity_then_reads_the_registry_the_announcement_and_the_revocation() throws Exception {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts)
                .national(YEAR, List.of("公开甲精密有限公司", "公开乙装备有限公司"));
        String objected = listed.applications().get(0);
        String campaign = listed.campaign().getId();
        complete(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START,
                TestPreliminaryLists.publicityStart(arrangements).toString()));
        TestPreliminaryLists.beginToday(jdbc, CAMPAIGN);
        Path evidence = Files.createTempFile("evidence-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        Path wrongKind = Files.createTempFile("evidence-", ".exe");
        Files.writeString(wrongKind, "MZ not a document");

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/public/publicity.html");
            browser.visible(By.xpath("//td[normalize-space(.)='公开甲精密有限公司']"));
            browser.screenshot("public-01-publicity");

            By select = By.xpath("//select[option[@value='" + objected + "']]");
            String form = browser.visible(select).getDomAttribute("id").replace("-application", "");
            new Select(browser.visible(select)).selectByValue(objected);
            browser.visible(By.id(form + "-name")).sendKeys("王五");
            browser.visible(By.id(form + "-phone")).sendKeys("13900001111");
            browser.visible(By.id(form + "-grounds")).sendKeys("该企业申报材料所列质量奖项与颁奖机构公示名单不符，请予核实。");
            browser.visible(By.id(form + "-pledge")).click();

            // a program file is refused and nothing is recorded
            browser.visible(By.id(form + "-evidence")).sendKeys(wrongKind.toString());
            browser.click(By.xpath("//button[normalize-space(.)='提交异议']"));
            browser.visible(By.xpath("//*[contains(@class,'message')][contains(., 'PDF')]"));
            browser.screenshot("public-02-objection-refused");
            assertThat(objections()).isZero();

            browser.visible(By.id(form + "-evidence")).clear();
            browser.visible(By.id(form + "-evidence")).sendKeys(evidence.toString());
            browser.click(By.xpath("//button[normalize-space(.)='提交异议']"));
            browser.visible(By.xpath("//*[contains(@class,'receipt-number')][contains(., '" + CAMPAIGN + "-Y001')]"));
            browser.screenshot("public-03-objection-received");
            assertThat(objections()).isOne();
            assertThat(jdbc.sql("select evidence_id from objection where campaign_number = ?").param(CAMPAIGN)
                    .query(String.class).single()).isNotBlank();

            // the office investigates, the committee upholds, the objector gets the reply: the entry is withdrawn
            String handling = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(CAMPAIGN + "-Y001").singleResult().getId();
            complete(handling, Map.of(PublicityProcess.FINDINGS, "奖项证书系伪造", PublicityProcess.RECOMMENDATION, "uphold"));
            TestObjections.voteAll(engine, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(handling)
                    .singleResult(), PublicityProcess.UPHOLD, "材料不实");
            complete(handling, Map.of(PublicityProcess.REPLY, "已电话告知异议成立"));
            browser.open("/public/publicity.html");
            browser.visible(By.xpath("//tr[contains(@class,'withdrawn')][td[normalize-space(.)='公开甲精密有限公司']]"));
            browser.screenshot("public-04-publicity-withdrawn");

            // publicity ends, the list is approved and announced; the remaining title is later revoked
            new TestCampaigns(engine, jdbc).fireTimer(CAMPAIGN, "Event_PublicityPeriodEnds");
            complete(campaign, Map.of());
            complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "会长办公会纪要〔2021〕5号"));
            complete(campaign, Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2021〕8号",
                    AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
            String revocation = engine.getRuntimeService().startProcessInstanceByKey(TitleProcess.REVOCATION_KEY,
                    Map.of(TitleProcess.TITLE_NUMBER, CAMPAIGN + "-T001", TitleProcess.GROUND, "QUALITY_ACCIDENT",
                            TitleProcess.REPORT, "市场监管部门通报该企业发生重大产品质量事故")).getId();
            complete(revocation, Map.of(TitleProcess.FINDINGS, "事故属实且负主要责任", TitleProcess.RECOMMENDATION, "revoke"));
            complete(revocation, Map.of(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "发生重大质量事故"));

            browser.open("/public/announcement.html?campaign=" + CAMPAIGN);
            browser.visible(By.xpath("//*[contains(., '中国质协字〔2021〕8号')]"));
            browser.screenshot("public-05-announcement");
            assertThat(browser.pageText()).contains("公开乙装备有限公司").doesNotContain("公开甲精密有限公司");

            browser.open("/public/registry.html");
            browser.visible(By.xpath("//tr[td[normalize-space(.)='公开乙装备有限公司']][contains(., '已撤销')]"));
            browser.screenshot("public-06-registry-revoked");
            assertThat(browser.visible(By.id("count")).getText()).isEqualTo("共 " + registryTotal() + " 条。");
            // narrowed on the server as the visitor types: one title, one page, no pager
            browser.visible(By.id("query")).sendKeys("公开乙装备");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), "符合条件 1 条。"));
            assertThat(browser.all(By.cssSelector("#rows tr"))).singleElement()
                    .satisfies(row -> assertThat(row.getText()).contains("公开乙装备有限公司", "已撤销"));
            assertThat(browser.all(By.id("pager")).get(0).isDisplayed()).isFalse();
            browser.visible(By.id("query")).sendKeys("不存在的企业");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), "符合条件 0 条。"));
            assertThat(browser.visible(By.id("rows")).getText()).isEqualTo("没有符合条件的记录。");

            browser.open("/public/revocations.html");
            browser.visible(By.xpath("//*[contains(., '公开乙装备有限公司')]"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "重大质量"));
            browser.screenshot("public-07-revocation-notice");
            assertThat(browser.pageText()).doesNotContain("王五").doesNotContain("13900001111").doesNotContain("expert");
        }
    }

    @Test
    void a_visitor_turns_the_registrys_pages_and_the_address_keeps_the_place() throws Exception {
        String words = "翻页名录";
        List<String> titles = TestTitles.heldInZhejiang(engine, jdbc, store, accounts, 2019,
                IntStream.rangeClosed(1, 51).mapToObj(i -> words + i + "号有限公司").toList());
        String query = "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/public/registry.html?" + query);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), "符合条件 51 条。"));
            assertThat(browser.visible(By.id("query")).getDomProperty("value")).isEqualTo(words);
            assertThat(browser.visible(By.id("page-of")).getText()).isEqualTo("第 1 / 2 页");
            assertThat(browser.all(By.cssSelector("#rows tr"))).hasSize(50).first()
                    .satisfies(row -> assertThat(row.getText()).startsWith(titles.get(0)));
            assertThat(browser.visible(By.id("previous-page")).isEnabled()).isFalse();

            browser.click(By.id("next-page"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-of"), "第 2 / 2 页"));
            assertThat(browser.all(By.cssSelector("#rows tr"))).singleElement()
                    .satisfies(row -> assertThat(row.getText()).startsWith(titles.get(50)).contains(words + "51号有限公司"));
            assertThat(browser.visible(By.id("next-page")).isEnabled()).isFalse();
            assertThat(browser.run("return location.search")).isEqualTo("?" + query + "&page=2");
            browser.screenshot("public-08-registry-second-page");

            // a reload, or the address sent to someone, shows the same page; an old link past the last page, the last one
            browser.run("location.reload()");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-of"), "第 2 / 2 页"));
            browser.open("/public/registry.html?" + query + "&page=9");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-of"), "第 2 / 2 页"));
            assertThat(browser.run("return location.search")).isEqualTo("?" + query + "&page=2");

            // year and level from the address; a changed filter starts again at the first page
            browser.open("/public/registry.html?year=2019&level=provincial&" + query + "&page=2");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-of"), "第 2 / 2 页"));
            assertThat(new Select(browser.visible(By.id("year"))).getFirstSelectedOption().getText()).isEqualTo("2019年");
            assertThat(new Select(browser.visible(By.id("level"))).getFirstSelectedOption().getText()).isEqualTo("省级");
            new Select(browser.visible(By.id("level"))).selectByValue("national");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("count"), "符合条件 0 条。"));
            assertThat(browser.run("return location.search")).isEqualTo("?year=2019&level=national&" + query);
            assertThat(browser.all(By.id("pager")).get(0).isDisplayed()).isFalse();
        }
    }

    private int registryTotal() {
        return jdbc.sql("select count(*) from benchmark_title").query(Integer.class).single();
    }

    private int objections() {
        return jdbc.sql("select count(*) from objection where campaign_number = ?").param(CAMPAIGN).query(Integer.class).single();
    }

    private void complete(String processInstance, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }
}
