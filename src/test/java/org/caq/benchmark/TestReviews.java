package org.caq.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jiangsu's 2025 selection with material review under way: two applications reviewed by three experts each. */
public final class TestReviews {

    public static final String CAMPAIGN = "2025-jiangsu";

    private TestReviews() {
    }

    /** Opens material review once per database, its experts having signed; later calls find it under way. */
    public static void materialReviewUnderWay(ProcessEngine engine, JdbcClient jdbc, DocumentStore store,
            ApplicantAccounts accounts) {
        if (jdbc.sql("select count(*) from committee where campaign_number = ?").param(CAMPAIGN).query(Integer.class).single() > 0) {
            return;
        }
        new TestCampaigns(engine, jdbc).openProvincial(2025, "jiangsu", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        for (String unit : List.of("jiangsu-nanjing", "jiangsu-suzhou")) {
            Map<String, Object> form = TestApplications.form(unit, "保密" + unit + "有限公司", TestApplications.FUJIAN_CODE);
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
            complete(engine, pi.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(engine, pi.getId(), Map.of());
            complete(engine, pi.getId(), Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        ProcessInstance late = cases.submit(TestApplications.form("jiangsu-wuxi", "未评审有限公司", TestApplications.BEIJING_CODE));
        // recommended, it never hands its materials in: the deadline's timer ends it
        cases.attachSealedRecommendation(late.getBusinessKey());
        complete(engine, late.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(late.getId()).singleResult().getId());
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.fireTimer(CAMPAIGN, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(CAMPAIGN, "Event_RecommendationDeadline");
        String campaign = campaigns.processInstanceOf(CAMPAIGN);
        complete(engine, campaign, Map.of());
        Map<String, Object> committee = new HashMap<>();
        committee.put(ReviewProcess.EXPERTS_PER_APPLICATION, 3);
        committee.put(ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN");
        committee.put(ReviewProcess.MAX_SCORE, 100);
        committee.put(ReviewProcess.CRITERION_WEIGHTS, "1,1,1");
        complete(engine, campaign, committee);
        complete(engine, campaign, Map.of(ReviewProcess.REVIEW_DUE_DATE, TestClock.today().plusDays(10).toString(),
                ReviewProcess.REMINDER_DAYS, 3));
        // every expert signs the campaign's confidentiality undertaking (Art. 15): their reviews open
        TestUndertakings.signAllInCampaign(engine, CAMPAIGN);
    }

    /**
     * Opens Shandong's selection of the campaign's year and brings one application per unit, recommended and passed,
     * to a formed committee (three experts each, the mean of their scores); returns the campaign's process instance.
     */
    public static String committeeFormed(ProcessEngine engine, JdbcClient jdbc, DocumentStore store, ApplicantAccounts accounts,
            String campaignNumber, List<String> units, String enterprisePrefix) {
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        campaigns.openProvincial(Integer.parseInt(campaignNumber.substring(0, 4)), "shandong", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        for (String unit : units) {
            Map<String, Object> form = TestApplications.form(unit, enterprisePrefix + unit + "有限公司", TestApplications.FUJIAN_CODE);
            ProcessInstance pi = cases.submit(form);
            cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
            complete(engine, pi.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            complete(engine, pi.getId(), Map.of());
            complete(engine, pi.getId(), Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        }
        campaigns.fireTimer(campaignNumber, "Event_ApplicationWindowCloses");
        campaigns.fireTimer(campaignNumber, "Event_RecommendationDeadline");
        String campaign = campaigns.processInstanceOf(campaignNumber);
        complete(engine, campaign, Map.of());
        complete(engine, campaign, Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, 3, ReviewProcess.AGGREGATION_POLICY, "MEAN",
                ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
        return campaign;
    }

    private static void complete(ProcessEngine engine, String processInstance, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance).singleResult().getId(), variables);
    }
}
