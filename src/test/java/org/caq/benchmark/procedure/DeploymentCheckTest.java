package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.caq.benchmark.BenchmarkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator's redeploy is refused, whole, when its BPMN would fail once cases run on it. */
@BenchmarkSpringTest
class DeploymentCheckTest {

    static final String FORM = """
            {"id": "redeploy-check", "type": "default", "schemaVersion": 16, "components": []}""";

    @Autowired RepositoryService repository;

    private static BpmnModelInstance model(String delegate, String form, String group, Integer ttl) {
        UserTaskBuilder task = Bpmn.createExecutableProcess("redeploy-check").name("部署检查")
                .camundaHistoryTimeToLive(ttl)
                .startEvent("StartEvent_Begin")
                .serviceTask("ServiceTask_Work").camundaDelegateExpression("${" + delegate + "}")
                .userTask("UserTask_Decide").camundaCandidateGroups(group).camundaFormRef(form)
                .camundaFormRefBinding("deployment");
        return task.endEvent("EndEvent_Done").done();
    }

    private long deployments() {
        return repository.createDeploymentQuery().deploymentName("redeploy-check").count();
    }

    private void deploy(BpmnModelInstance model) {
        repository.createDeployment().name("redeploy-check").addModelInstance("redeploy-check.bpmn", model)
                .addString("redeploy-check.form", FORM).deploy();
    }

    @Test
    void deploys_a_model_whose_delegates_forms_and_groups_exist() {
        long before = deployments();

        deploy(model("registerCampaignDelegate", "redeploy-check", "office", 30));

        assertThat(deployments()).isEqualTo(before + 1);
    }

    @Test
    void refuses_a_model_naming_a_missing_delegate_form_or_group_and_deploys_nothing_of_it() {
        long before = deployments();

        assertThatThrownBy(() -> deploy(model("registerCampaignDelegat", "redeploy-chek", "offices", 30)))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("部署被拒绝")
                .hasMessageContaining("redeploy-check.bpmn:7: ServiceTask_Work: 服务任务表达式 ${registerCampaignDelegat} 指向的 Bean 不存在"
                        + " / delegate expression ${registerCampaignDelegat} names no bean")
                .hasMessageContaining("UserTask_Decide: 表单 'redeploy-chek' 不在本次部署的表单中 / form 'redeploy-chek' is not among the deployed forms")
                .hasMessageContaining("UserTask_Decide: 候选组 'offices' 不存在 / candidate group 'offices' does not exist");

        assertThat(deployments()).isEqualTo(before);
    }

    @Test
    void refuses_a_model_without_history_time_to_live() {
        long before = deployments();

        assertThatThrownBy(() -> deploy(model("registerCampaignDelegate", "redeploy-check", "office", null)))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("redeploy-check.bpmn:3: redeploy-check（部署检查）: 未设置 camunda:historyTimeToLive（历史保留期限） / "
                        + "camunda:historyTimeToLive is not set");

        assertThat(deployments()).isEqualTo(before);
    }

    @Test
    void refuses_a_model_whose_end_event_is_drawn_on_its_user_task() {
        long before = deployments();
        BpmnModelInstance model = model("registerCampaignDelegate", "redeploy-check", "office", 30);
        BpmnShape task = shapeOf(model, "UserTask_Decide");
        Bounds end = shapeOf(model, "EndEvent_Done").getBounds();
        end.setX(task.getBounds().getX() + 30);
        end.setY(task.getBounds().getY() + 20);

        assertThatThrownBy(() -> deploy(model))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("redeploy-check.bpmn")
                .hasMessageContaining("EndEvent_Done: 图形与 UserTask_Decide 重叠：请移开 / the shape overlaps UserTask_Decide: move it apart");

        assertThat(deployments()).isEqualTo(before);
    }

    private static BpmnShape shapeOf(BpmnModelInstance model, String id) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement().getId().equals(id)).findFirst().orElseThrow();
    }
}
