package org.caq.benchmark.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Officers of one unit recommending at the same instant never exceed its quota. Runs on H2 and on
 * PostgreSQL (the second failsafe execution), each recommendation in its own thread and transaction.
 */
@BenchmarkSpringTest
class QuotaConcurrencyIT {

    static final int QUOTA = 2;
    static final int OFFICERS = 6;

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Quotas quotas;

    @Test
    void six_simultaneous_recommendations_against_a_quota_of_two_recommend_exactly_two() throws Exception {
        String campaign = new TestCampaigns(engine, jdbc).openNational(2023, "hebei=" + QUOTA);
        TestApplications cases = new TestApplications(engine, store, accounts);
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            ProcessInstance pi = cases.submit(TestApplications.form("hebei", "河北并发" + i + "号有限公司", TestApplications.HEBEI_CODE));
            cases.attachRequiredMaterials(pi.getBusinessKey(), "applicant1");
            taskIds.add(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
        }

        CyclicBarrier start = new CyclicBarrier(OFFICERS);
        ExecutorService officers = Executors.newFixedThreadPool(OFFICERS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String taskId : taskIds) {
            Callable<Boolean> recommend = () -> {
                start.await();
                try {
                    engine.getTaskService().complete(taskId, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
                    return true;
                } catch (RuntimeException refusedOrConflicting) {
                    return false;
                }
            };
            results.add(officers.submit(recommend));
        }
        int recommended = 0;
        for (Future<Boolean> result : results) {
            recommended += result.get() ? 1 : 0;
        }
        officers.shutdown();

        assertThat(recommended).isEqualTo(QUOTA);
        assertThat(quotas.find(campaign, "hebei")).contains(new Quotas.Quota(QUOTA, QUOTA));
        // the recommended ones are asked for their materials (seed 001 §1(2)4)
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(ApplicationProcess.USER_TASK_UPLOAD_MATERIALS)
                .processVariableValueEquals(ApplicationProcess.CAMPAIGN_NUMBER, campaign).count()).isEqualTo(QUOTA);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_RecommendApplication")
                .processVariableValueEquals(ApplicationProcess.CAMPAIGN_NUMBER, campaign).count()).isEqualTo(OFFICERS - QUOTA);
    }
}
