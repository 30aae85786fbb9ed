package org.caq.benchmark.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.PublicityProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Late December, next year's holiday arrangement not yet loaded: the office is told on login and finds the publicity
 * waiting at 补充…年节假日安排; the administrator is told in Cockpit, types the year from the notice on the calendar
 * page (a mistyped make-up day refused with its reason first), and the waiting publicity is published.
 */
@BenchmarkSpringTest
class CalendarBrowserIT {

    /** A campaign year no other browser test uses (they share one database). */
    private static final int CAMPAIGN_YEAR = 2013;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired HolidayArrangements arrangements;
    @Autowired ApplicantAccounts accounts;

    @Test
    void the_office_is_told_and_the_administrator_adds_the_missing_year_which_publishes_the_waiting_publicity() throws Exception {
        BpmnAwareTests.init(engine);
        int year = TestCalendarYears.firstMissingAfter(arrangements, TestClock.TODAY.getYear());
        TestClock.moveTo(LocalDate.of(year - 1, 12, 21));
        ProcessInstance campaign = new TestPreliminaryLists(engine, jdbc, store, accounts).national(CAMPAIGN_YEAR, List.of("跨年公示股份有限公司")).campaign();
        complete(task(campaign), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        String waiting = "补充 " + year + " 年节假日安排后发布公示 " + CAMPAIGN_YEAR + "年全国质量标杆遴选";

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("tasklist", "office", "demo");
            assertThat(browser.visible(By.id("benchmark-notices")).getText()).contains("工作日历缺少 " + year + " 年的国务院节假日安排");
            browser.text(waiting);
            browser.screenshot("calendar-office-told");
        }
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("tasklist", "applicant1", "demo");
            browser.visible(By.cssSelector("[cam-tasks], .tasks-list, .task-list, body"));
            assertThat(browser.all(By.id("benchmark-notices"))).isEmpty();
        }
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("cockpit", "admin", "admin");
            assertThat(browser.visible(By.id("benchmark-notices")).getText()).contains(year + " 年");
            browser.screenshot("calendar-admin-told-in-cockpit");

            browser.open("/calendar.html");
            browser.visible(By.id("add"));
            assertThat(browser.visible(By.id("year")).getDomProperty("value")).isEqualTo(String.valueOf(year));
            browser.visible(By.id("notice")).sendKeys("国办发明电〔" + (year - 1) + "〕7号");
            Map<String, Object> form = TestCalendarYears.form(year);
            LocalDate monday = LocalDate.of(year, 3, 1);
            while (monday.getDayOfWeek().getValue() != 1) {
                monday = monday.plusDays(1);
            }
            for (Map<String, Object> festival : (List<Map<String, Object>>) form.get("festivals")) {
                type(browser, festival, List.of(monday.toString()));
            }
            browser.button("录入");
            assertThat(browser.visible(By.cssSelector("#message.error")).getText())
                    .contains("春节的调休上班日须为周六或周日（" + monday + " 是周一）");
            browser.screenshot("calendar-refused");

            for (Map<String, Object> festival : (List<Map<String, Object>>) form.get("festivals")) {
                type(browser, festival, (List<String>) festival.get("workdays"));
            }
            browser.button("录入");
            assertThat(browser.visible(By.cssSelector("#message.ok")).getText())
                    .contains("已录入 " + year + " 年的安排").contains("1 项等待中的公示将自动发布");
            assertThat(browser.pageText()).contains("管理员录入").contains("国办发明电〔" + (year - 1) + "〕7号");
            browser.screenshot("calendar-added");
        }
        TestCalendarYears.runResumedPublications(engine, campaign);
        assertThat(jdbc.sql("select ends_on from publicity where campaign_number = ?").param(campaign.getBusinessKey())
                .query(java.sql.Date.class).single().toLocalDate()).hasYear(year);
    }

    private static void type(Browser browser, Map<String, Object> festival, List<String> workdays) {
        List<WebElement> inputs = browser.all(By.cssSelector("#festivals tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("input")))
                .filter(row -> festival.get("name").equals(row.get(0).getDomProperty("value"))).findFirst().orElseThrow();
        browser.setValue(inputs.get(1), (String) festival.get("firstDay"));
        browser.setValue(inputs.get(2), (String) festival.get("lastDay"));
        inputs.get(3).clear();
        inputs.get(3).sendKeys(String.join("、", workdays));
    }
}
