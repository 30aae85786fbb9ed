package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker catches each kind of broken or dangerous model; ProcessModelTest runs it on the real ones. */
class ProcessModelCheckTest {

    /** Every bean and method exists but the misspelt ones the tests below use, and what is no bean at all. */
    static final ProcessModelCheck.Beans BEANS = new ProcessModelCheck.Beans() {
        private final Set<String> noBeans = Set.of("registerCampaignDelegat", "campaignCasez", "execution", "task",
                "runtimeService", "applicationNumber");

        @Override
        public boolean exists(String bean) {
            return !noBeans.contains(bean);
        }

        @Override
        public boolean hasMethod(String bean, String method, int arguments) {
            return exists(bean) && !method.equals("officeGroupOff");
        }
    };

    private final ProcessModelCheck check = new ProcessModelCheck(new ProcessModelCheck.Environment(
            BEANS, form -> !form.equals("campaign-notise"), group -> !group.equals("offices")));

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
        assertThat(check.violations(model)).containsExactly(
                "benchmark-campaign: 未设置 camunda:historyTimeToLive（历史保留期限） / camunda:historyTimeToLive is not set");
    }

    @Test
    void rejects_a_delegate_expression_that_names_no_bean() {
        BpmnModelInstance model = campaign();
        model.<ServiceTask>getModelElementById("ServiceTask_RegisterCampaign")
                .setCamundaDelegateExpression("${registerCampaignDelegat}");
        assertThat(check.violations(model)).containsExactly("ServiceTask_RegisterCampaign: 服务任务表达式 "
                + "${registerCampaignDelegat} 指向的 Bean 不存在 / delegate expression ${registerCampaignDelegat} names no bean");
    }

    @Test
    void rejects_a_java_class_instead_of_a_delegate_bean() {
        BpmnModelInstance model = campaign();
        ServiceTask task = model.getModelElementById("ServiceTask_RegisterCampaign");
        task.setCamundaDelegateExpression(null);
        task.setCamundaClass("org.example.Register");
        assertThat(check.violations(model)).singleElement().asString()
                .startsWith("ServiceTask_RegisterCampaign: 不允许按类名加载 Java 类").contains("Java classes are not loaded by name");
    }

    @Test
    void rejects_an_unknown_form_and_an_unknown_candidate_group() {
        BpmnModelInstance model = campaign();
        UserTask task = model.getModelElementById("UserTask_PublishCampaignNotice");
        task.setCamundaFormRef("campaign-notise");
        task.setCamundaCandidateGroups("office, offices, ${campaignCases.officeGroupOf(execution)}");
        assertThat(check.violations(model)).containsExactlyInAnyOrder(
                "UserTask_PublishCampaignNotice: 表单 'campaign-notise' 不在本次部署的表单中 / form 'campaign-notise' is not among the deployed forms",
                "UserTask_PublishCampaignNotice: 候选组 'offices' 不存在 / candidate group 'offices' does not exist");
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
        ProcessModelCheck lenient = new ProcessModelCheck(new ProcessModelCheck.Environment(new ProcessModelCheck.Beans() {
            @Override
            public boolean exists(String bean) {
                return !bean.equals("applicationStatusListener");
            }

            @Override
            public boolean hasMethod(String bean, String method, int arguments) {
                return true;
            }
        }, form -> true, group -> true));

        assertThat(lenient.violations(model)).contains("UserTask_AttachMaterials: 监听器表达式 ${applicationStatusListener} "
                + "指向的 Bean 不存在 / listener expression ${applicationStatusListener} names no bean");
    }

    @Test
    void rejects_ids_without_their_type_prefix() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("p").name("p").camundaHistoryTimeToLive(1)
                .startEvent("start").endEvent("EndEvent_Done").done();
        assertThat(check.violations(model)).contains("start: id should start with StartEvent_");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ${''.getClass().forName('java.lang.Runtime')}        | methods may be called on a bean of the procedure only
            ${execution.getProcessEngineServices()}               | execution is not a bean of the procedure
            ${campaignCasez.officeGroupOf(execution)}             | campaignCasez is not a bean of the procedure
            ${campaignCases.officeGroupOff(execution)}            | bean campaignCases has no method officeGroupOff taking 1 argument(s)
            ${campaignCases.officeGroupOf(execution).getClass()}  | methods may be called on a bean of the procedure only
            ${runtimeService.deleteProcessInstance(execution)}    | runtimeService is not a bean of the procedure
            ${T(java.lang.Runtime)}                               | function calls (T()) are not allowed
            ${execution['class']}                                 | bracket access (a['b']) is not allowed
            ${(x -> x.exec('id'))(execution)}                     | is not a valid expression
            ${execution.processEngine}                             | property access (a.b) is not allowed
            ${currentUser()}                                      | function calls (currentUser()) are not allowed
            ${a ? b : c}                                          | the conditional operator (a ? b : c) is not allowed
            ${year + 1 > 2026}                                    | operator '+' is not allowed
            ${-x}                                                 | the minus sign is allowed before a number only
            评审 #{applicationNumber.getClass()}                    | applicationNumber is not a bean of the procedure
            """)
    void refuses_an_expression_outside_the_allowed_forms(String expression, String reason) {
        BpmnModelInstance model = campaign();
        model.<UserTask>getModelElementById("UserTask_PublishCampaignNotice").setName(expression);

        assertThat(check.deploymentViolations(model)).singleElement().asString()
                .startsWith("UserTask_PublishCampaignNotice: 表达式 " + expression + " 不允许：")
                .contains(" / expression " + expression + " is not allowed: " + reason);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"发布通知 ${applicationNumber}", "${campaignCases.officeGroupOf(execution)}",
            "${decision == 'pass' && (count >= 3 || !late) && not empty reason && score != -1 && x < 2.5}",
            "#{campaignCases.officeGroupOf(execution) == 'office'}", "价格 \\${literally}"})
    void accepts_variables_literals_comparisons_boolean_operators_and_bean_methods(String expression) {
        BpmnModelInstance model = campaign();
        model.<UserTask>getModelElementById("UserTask_PublishCampaignNotice").setName(expression);

        assertThat(check.deploymentViolations(model)).isEmpty();
    }

    @Test
    void checks_every_attribute_and_text_the_engine_evaluates_and_refuses_scripts_classes_and_connectors() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
                HostileModels.EVERYWHERE.getBytes(StandardCharsets.UTF_8)));

        List<String> violations = check.deploymentViolations(model);

        assertThat(violations.stream().map(v -> v.substring(0, v.indexOf(':'))).distinct())
                .containsExactlyInAnyOrderElementsOf(HostileModels.EVERYWHERE_IDS);
        assertThat(violations).filteredOn(v -> v.startsWith("ScriptTask_Run:")).singleElement().asString()
                .contains("不允许脚本").contains("scripts (script tasks, camunda:script, script conditions) are not allowed");
    }
}
