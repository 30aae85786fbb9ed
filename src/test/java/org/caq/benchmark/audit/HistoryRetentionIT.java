package org.caq.benchmark.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's history goes ten years after its start, in the engine's history cleanup (decision 0012), and not a day
 * before: a case started eleven years ago is removed, one started nine years ago stays. The cases are of a probe
 * process with the application's own time to live, deployed for the test and removed with it.
 */
@BenchmarkSpringTest
class HistoryRetentionIT {

    private static final String PROBE = "retention-probe";

    @Autowired ProcessEngine engine;

    @Test
    void removes_a_case_past_its_ten_years_in_the_cleanup_and_keeps_a_younger_one() {
        Integer timeToLive = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ApplicationProcess.KEY).latestVersion().singleResult().getHistoryTimeToLive();
        assertThat(timeToLive).isEqualTo(3650);
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("保留期探针").camundaHistoryTimeToLive(timeToLive)
                .startEvent("StartEvent_Started").name("开始").endEvent("EndEvent_Ended").name("结束").done();
        String deployment = engine.getRepositoryService().createDeployment().name(PROBE)
                .addModelInstance(PROBE + ".bpmn", model).deploy().getId();
        HistoryService history = engine.getHistoryService();
        try {
            TestClock.moveTo(TestClock.TODAY.minusYears(11));
            String old = engine.getRuntimeService().startProcessInstanceByKey(PROBE).getId();
            TestClock.moveTo(TestClock.TODAY.minusYears(9));
            String young = engine.getRuntimeService().startProcessInstanceByKey(PROBE).getId();
            TestClock.moveTo(TestClock.TODAY);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isEqualTo(2);

            Job cleanup = history.cleanUpHistoryAsync(true);
            engine.getManagementService().executeJob(cleanup.getId());

            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(young).count()).isEqualTo(1);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(young).count()).isEqualTo(2);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }
}
