package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The checker catches each kind of broken model; ProcessModelTest runs it on the real ones. */
class ProcessModelCheckTest {

    /** Everything exists but the misspelt names the tests below put into the model. */
    private final ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
            bean -> !bean.equals("registerCampaignDelegat"),
            form -> !form.equals("campaign-notise"),
            group -> !group.equals("offices")));

    private static BpmnModelInstance campaign() {
        return Bpmn.readModelFromFile(new File("processes/benchmark-campaign.bpmn"));
    }

    @Test
    void accepts_the_campaign_process_as_written() {
        assertThat(check.violations(campaign())).isEmpty();
    }

    @Test
    void rejects_a_process_without_history_time_to_live() {
        BpmnModelInstance model = campaign();
        model.getModelElementsByType(Process.class).iterator().next().setCamundaHistoryTimeToLiveString(null);
        assertThat(check.violations(model)).containsExactly("benchmark-campaign: camunda:historyTimeToLive is not set");
    }

    @Test
    void rejects_a_delegate_expression_that_names_no_bean() {
        BpmnModelInstance model = campaign();
        model.<ServiceTask>getModelElementById("ServiceTask_RegisterCampaign")
                .setCamundaDelegateExpression("${registerCampaignDelegat}");
        assertThat(check.violations(model))
                .containsExactly("ServiceTask_RegisterCampaign: delegate expression ${registerCampaignDelegat} names no bean");
    }

    @Test
    void rejects_a_java_class_instead_of_a_delegate_bean() {
        BpmnModelInstance model = campaign();
        ServiceTask task = model.getModelElementById("ServiceTask_RegisterCampaign");
        task.setCamundaDelegateExpression(null);
        task.setCamundaClass("org.example.Register");
        assertThat(check.violations(model)).singleElement().asString().contains("camunda:class");
    }

    @Test
    void rejects_an_unknown_form_and_an_unknown_candidate_group() {
        BpmnModelInstance model = campaign();
        UserTask task = model.getModelElementById("UserTask_PublishCampaignNotice");
        task.setCamundaFormRef("campaign-notise");
        task.setCamundaCandidateGroups("office, offices, ${campaignCases.officeGroupOf(execution)}");
        assertThat(check.violations(model)).containsExactlyInAnyOrder(
                "UserTask_PublishCampaignNotice: form 'campaign-notise' is not among the deployed forms",
                "UserTask_PublishCampaignNotice: candidate group 'offices' does not exist");
    }

    @Test
    void rejects_an_element_missing_from_the_diagram() {
        BpmnModelInstance model = campaign();
        BpmnShape shape = model.getModelElementById("UserTask_PublishCampaignNotice_di");
        shape.getParentElement().removeChildElement(shape);
        assertThat(check.violations(model))
                .containsExactly("UserTask_PublishCampaignNotice: not in the diagram (BPMNDI); draw it in the Modeler");
    }

    @Test
    void rejects_a_listener_that_names_no_bean() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/benchmark-application.bpmn"));
        ProcessModelCheck lenient = new ProcessModelCheck(new ProcessModelCheck.Environment(
                bean -> !bean.equals("applicationStatusListener"), form -> true, group -> true));

        assertThat(lenient.violations(model))
                .contains("UserTask_AttachMaterials: listener expression ${applicationStatusListener} names no bean");
    }

    @Test
    void rejects_ids_without_their_type_prefix() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").name("p").camundaHistoryTimeToLive(1)
                .startEvent("start").endEvent("EndEvent_Done").done();
        assertThat(check.violations(model)).contains("start: id should start with StartEvent_");
    }
}
