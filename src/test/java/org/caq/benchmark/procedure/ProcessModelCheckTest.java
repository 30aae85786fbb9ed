package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker catches each kind of broken or dangerous model; ProcessModelTest runs it on the real ones. */
class ProcessModelCheckTest {

    /**
     * Every bean and method exists but the misspelt ones the tests below use, and what is no bean at all; the
     * {@code …Cases} beans answer questions about a case and are neither delegates nor listeners.
     */
    static final ProcessModelCheck.Beans BEANS = new ProcessModelCheck.Beans() {
        private final Set<String> noBeans = Set.of("registerCampaignDelegat", "campaignCasez", "execution", "task",
                "runtimeService", "applicationNumber");

        @Override
        public boolean exists(String bean) {
            return !noBeans.contains(bean);
        }

        @Override
        public boolean hasMethod(String bean, String method, int arguments) {
            return exists(bean) && !method.equals("officeGroupOff") && (!method.equals("officeGroupOf") || arguments == 1);
        }

        @Override
        public boolean isA(String bean, Class<?> type) {
            return exists(bean) && !bean.endsWith("Cases");
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
                "benchmark-campaign（年度质量标杆遴选活动）: 未设置 camunda:historyTimeToLive（历史保留期限） / camunda:historyTimeToLive is not set");
    }

    @Test
    void rejects_a_delegate_expression_that_names_no_bean() {
        BpmnModelInstance model = campaign();
        model.<ServiceTask>getModelElementById("ServiceTask_RegisterCampaign")
                .setCamundaDelegateExpression("${registerCampaignDelegat}");
        assertThat(check.violations(model)).containsExactly("ServiceTask_RegisterCampaign（登记遴选活动和推荐名额）: 服务任务表达式 "
                + "${registerCampaignDelegat} 指向的 Bean 不存在 / delegate expression ${registerCampaignDelegat} names no bean");
    }

    @Test
    void rejects_a_java_class_instead_of_a_delegate_bean() {
        BpmnModelInstance model = campaign();
        ServiceTask task = model.getModelElementById("ServiceTask_RegisterCampaign");
        task.setCamundaDelegateExpression(null);
        task.setCamundaClass("org.example.Register");
        assertThat(check.violations(model)).singleElement().asString()
                .startsWith("ServiceTask_RegisterCampaign（登记遴选活动和推荐名额）: 不允许按类名加载 Java 类").contains("Java classes are not loaded by name");
    }

    @Test
    void rejects_an_unknown_form_and_an_unknown_candidate_group() {
        BpmnModelInstance model = campaign();
        UserTask task = model.getModelElementById("UserTask_PublishCampaignNotice");
        task.setCamundaFormRef("campaign-notise");
        task.setCamundaCandidateGroups("office, offices, ${campaignCases.officeGroupOf(execution)}");
        assertThat(check.violations(model)).containsExactlyInAnyOrder(
                "UserTask_PublishCampaignNotice（发布年度遴选通知）: 表单 'campaign-notise' 不在本次部署的表单中 / form 'campaign-notise' is not among the deployed forms",
                "UserTask_PublishCampaignNotice（发布年度遴选通知）: 候选组 'offices' 不存在 / candidate group 'offices' does not exist");
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

            @Override
            public boolean isA(String bean, Class<?> type) {
                return true;
            }
        }, form -> true, group -> true));

        assertThat(lenient.violations(model)).contains("UserTask_UploadMaterials（上传申报材料）: 监听器表达式 ${applicationStatusListener} "
                + "指向的 Bean 不存在 / listener expression ${applicationStatusListener} names no bean");
    }

    @Test
    void rejects_a_delegate_or_listener_naming_a_bean_that_is_not_of_its_kind() {
        BpmnModelInstance model = campaign();
        model.<ServiceTask>getModelElementById("ServiceTask_RegisterCampaign").setCamundaDelegateExpression("${campaignCases}");
        model.getModelElementsByType(CamundaTaskListener.class).iterator().next().setCamundaDelegateExpression("${reviewCases}");

        assertThat(check.deploymentViolations(model)).extracting(Violation::en).containsExactlyInAnyOrder(
                "delegate expression ${campaignCases} names a bean that is not a JavaDelegate",
                "listener expression ${reviewCases} names a bean that is not a TaskListener");
    }

    @Test
    void rejects_a_condition_calling_an_unknown_bean_and_a_method_with_the_wrong_number_of_arguments() {
        BpmnModelInstance model = campaign();
        model.<SequenceFlow>getModelElementById("Flow_National").getConditionExpression()
                .setTextContent("${campaignCasez.isNational(execution)}");
        model.<UserTask>getModelElementById("UserTask_PublishCampaignNotice")
                .setCamundaCandidateGroups("${campaignCases.officeGroupOf(execution, 'national')}");

        assertThat(check.deploymentViolations(model)).extracting(Violation::elementId, Violation::en).containsExactlyInAnyOrder(
                tuple("Flow_National", "expression ${campaignCasez.isNational(execution)} is not allowed: "
                        + "campaignCasez is not a bean of the procedure (methods cannot be called on variables or other objects)"),
                tuple("UserTask_PublishCampaignNotice", "expression ${campaignCases.officeGroupOf(execution, 'national')} is not "
                        + "allowed: bean campaignCases has no method officeGroupOf taking 2 argument(s)"));
    }

    @Test
    void rejects_a_written_out_date_or_duration_the_engine_cannot_read_and_accepts_iso_8601() {
        BpmnModelInstance model = campaign();
        TimerEventDefinition timer = model.<IntermediateCatchEvent>getModelElementById("Event_ApplicationWindowOpens")
                .getChildElementsByType(TimerEventDefinition.class).iterator().next();
        timer.getTimeDate().setTextContent("2027-13-45");
        UserTask notice = model.getModelElementById("UserTask_PublishCampaignNotice");
        notice.setCamundaDueDate("下周一");
        notice.setCamundaFollowUpDate("PXYZ");

        assertThat(check.deploymentViolations(model)).extracting(Violation::elementId, Violation::en).containsExactlyInAnyOrder(
                tuple("Event_ApplicationWindowOpens", "timeDate 2027-13-45 is not an ISO 8601 date, duration or cycle "
                        + "(e.g. 2027-07-05T17:00:00, P10D, R3/PT1H)"),
                tuple("UserTask_PublishCampaignNotice", "camunda:dueDate 下周一 is not an ISO 8601 date, duration or cycle "
                        + "(e.g. 2027-07-05T17:00:00, P10D, R3/PT1H)"),
                tuple("UserTask_PublishCampaignNotice", "camunda:followUpDate PXYZ is not an ISO 8601 date, duration or cycle "
                        + "(e.g. 2027-07-05T17:00:00, P10D, R3/PT1H)"));

        timer.getTimeDate().setTextContent("2027-05-15T09:00:00");
        notice.setCamundaDueDate("P10D");
        notice.setCamundaFollowUpDate("2027-05-20");
        assertThat(check.deploymentViolations(model)).isEmpty();
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

        assertThat(check.deploymentViolations(model)).singleElement().satisfies(violation -> {
            assertThat(violation.elementId()).isEqualTo("UserTask_PublishCampaignNotice");
            assertThat(violation.zh()).startsWith("表达式 " + expression + " 不允许：");
            assertThat(violation.en()).startsWith("expression " + expression + " is not allowed: " + reason);
        });
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

        List<Violation> violations = check.deploymentViolations(model);

        assertThat(violations.stream().map(Violation::elementId).distinct())
                .containsExactlyInAnyOrderElementsOf(HostileModels.EVERYWHERE_IDS);
        assertThat(violations).filteredOn(v -> v.elementId().equals("ScriptTask_Run")).singleElement().asString()
                .contains("不允许脚本").contains("scripts (script tasks, camunda:script, script conditions) are not allowed");
    }
}
