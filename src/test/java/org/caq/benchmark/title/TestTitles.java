package org.caq.benchmark.title;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Announced titles for the title, revocation and exchange tests: 2017's national campaign (eight titles, after a
 * publicity without objections) and 2012's Jiangsu campaign (three titles, run without publicity and decided by the
 * department, seed 002). Built once by whichever test needs them first; each test works on titles of its own (the
 * number says which), so no test sees another's changes.
 */
final class TestTitles {

    static final String NATIONAL = "2017-national";
    static final String JIANGSU = "2012-jiangsu";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final ApplicantAccounts accounts;
    private final HolidayArrangements arrangements;
    private final Titles titles;

    TestTitles(ProcessEngine engine, JdbcClient jdbc, DocumentStore store, ApplicantAccounts accounts,
            HolidayArrangements arrangements, Titles titles) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.store = store;
        this.accounts = accounts;
        this.arrangements = arrangements;
        this.titles = titles;
    }

    /** The national title numbered {@code n} (1–8). */
    synchronized String national(int n) {
        if (titles.ofCampaign(NATIONAL).isEmpty()) {
            announceNational();
        }
        return String.format("%s-T%03d", NATIONAL, n);
    }

    /** The Jiangsu title numbered {@code n} (1–3). */
    synchronized String jiangsu(int n) {
        if (titles.ofCampaign(JIANGSU).isEmpty()) {
            announceJiangsu();
        }
        return String.format("%s-T%03d", JIANGSU, n);
    }

    private void announceNational() {
        ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2017, List.of("称号甲有限公司",
                "称号乙有限公司", "称号丙有限公司", "称号丁有限公司", "称号戊有限公司", "称号己有限公司", "称号庚有限公司", "称号辛有限公司"))
                .campaign();
        complete(task(pi), withVariables(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        new TestCampaigns(engine, jdbc).fireTimer(NATIONAL, "Event_PublicityPeriodEnds");
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "批准"));
        complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2017〕1号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
    }

    private void announceJiangsu() {
        ProcessInstance pi = new TestPreliminaryLists(engine, jdbc, store, accounts).provincialWithoutPublicity(2012, "jiangsu",
                List.of("苏称甲有限公司", "苏称乙有限公司", "苏称丙有限公司"), List.of("jiangsu-nanjing", "jiangsu-suzhou"),
                TestApplications.JIANGSU_CODE).campaign();
        complete(task(pi), withVariables(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(task(pi), withVariables(AnnouncementProcess.APPROVAL_DECISION, "approve",
                AnnouncementProcess.APPROVAL_REFERENCE, "苏工信科技〔2012〕1号"));
        complete(task(pi), withVariables(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER, "苏工信科技〔2012〕2号",
                AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString()));
    }

    /** The title's management case. */
    ProcessInstance management(String title) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY)
                .processInstanceBusinessKey(title).singleResult();
    }

    /** The form of a video recorded as the notice asks: 1 + 28 + 1 minutes, with the commitment. */
    static Map<String, Object> video(String url, int speaker, int presentation, int product) {
        return Map.of(TitleProcess.VIDEO_URL, url, TitleProcess.VIDEO_SPEAKER_MINUTES, speaker,
                TitleProcess.VIDEO_PRESENTATION_MINUTES, presentation, TitleProcess.VIDEO_PRODUCT_MINUTES, product,
                TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true);
    }
}
