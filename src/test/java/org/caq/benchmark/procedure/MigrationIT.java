package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.identity.ApplicantAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator changes {@code benchmark-application} and moves running cases to the new version
 * (docs/administration.md): the cases keep their place and finish on the new model.
 */
@BenchmarkSpringTest
class MigrationIT {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;

    @Test
    void moves_running_cases_to_a_redeployed_version_and_completes_them_there() throws IOException {
        new TestCampaigns(engine, jdbc).openNational(2022, null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        ProcessInstance drafting = cases.submit(TestApplications.form("jiangsu", "迁移一号有限公司", TestApplications.JIANGSU_CODE));
        ProcessInstance waiting = cases.submit(TestApplications.form("jiangsu", "迁移二号有限公司", TestApplications.JIANGSU_CODE));
        cases.attachRequiredMaterials(waiting.getBusinessKey(), "applicant1");
        complete(waiting, Map.of());
        ProcessDefinition old = repository.getProcessDefinition(drafting.getProcessDefinitionId());

        ProcessDefinition changed = redeployWithRenamedRecommendation();
        MigrationPlan plan = runtime.createMigrationPlan(old.getId(), changed.getId()).mapEqualActivities().build();
        runtime.newMigration(plan).processInstanceIds(drafting.getId(), waiting.getId()).execute();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(changed.getId()).count()).isEqualTo(2);
        assertThat(tasks.createTaskQuery().processInstanceId(waiting.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(changed.getId());
        cases.attachRequiredMaterials(drafting.getBusinessKey(), "applicant1");
        complete(drafting, Map.of());
        assertThat(tasks.createTaskQuery().processInstanceId(drafting.getId()).singleResult().getName()).startsWith("择优推荐（2027 版） ");
        for (ProcessInstance pi : List.of(drafting, waiting)) {
            complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
            assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
                    .isEqualTo("UserTask_ReviewForm");
        }
    }

    private ProcessDefinition redeployWithRenamedRecommendation() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/benchmark-application.bpmn"));
        model.<UserTask>getModelElementById("UserTask_RecommendApplication").setName("择优推荐（2027 版）");
        DeploymentBuilder deployment = repository.createDeployment().name("benchmark-application-2027")
                .addModelInstance("benchmark-application.bpmn", model);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form));
            }
        }
        String deploymentId = deployment.deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
    }
}
