package org.caq.benchmark.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Models an attacker with the administrator's deploy right would write, for the deploy-time checks to refuse. */
final class HostileModels {

    private HostileModels() {
    }

    /** One hostile thing in each place the engine evaluates or loads, each in an element of its own id. */
    static final String EVERYWHERE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Hostile" targetNamespace="http://x">
              <bpmn:message id="Message_Name" name="${execution.getId()}" />
              <bpmn:signal id="Signal_Name" name="${execution.processInstanceId}" />
              <bpmn:error id="Error_Code" errorCode="${T(java.lang.System).exit(0)}" />
              <bpmn:escalation id="Escalation_Code" escalationCode="${execution['processEngine']}" />
              <bpmn:process id="hostile-everywhere" name="处处有害" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Begin" />
                <bpmn:userTask id="UserTask_Documented" name="说明" camunda:candidateGroups="office">
                  <bpmn:documentation>Prose is not evaluated: ${''.getClass()}</bpmn:documentation>
                </bpmn:userTask>
                <bpmn:userTask id="UserTask_Assignee" camunda:assignee="${execution.getProcessEngine()}" />
                <bpmn:userTask id="UserTask_CandidateUsers" camunda:candidateUsers="${T(java.lang.Runtime)}" />
                <bpmn:userTask id="UserTask_CandidateGroups" camunda:candidateGroups="${execution['class']}" />
                <bpmn:userTask id="UserTask_DueDate" camunda:candidateGroups="office" camunda:dueDate="${''.getClass()}" />
                <bpmn:userTask id="UserTask_FollowUp" camunda:candidateGroups="office" camunda:followUpDate="${x.y}" />
                <bpmn:userTask id="UserTask_Name" name="${runtimeService.deleteProcessInstance(execution)}" camunda:candidateGroups="office" />
                <bpmn:userTask id="UserTask_Listeners" camunda:candidateGroups="office">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" expression="${execution.getProcessEngineServices()}" />
                    <camunda:taskListener event="create">
                      <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime().exec('id')</camunda:script>
                    </camunda:taskListener>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:exclusiveGateway id="Gateway_Choice" />
                <bpmn:sequenceFlow id="Flow_Condition" sourceRef="Gateway_Choice" targetRef="UserTask_Name">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${''.getClass().forName('java.lang.Runtime') != null}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="Flow_ScriptCondition" sourceRef="Gateway_Choice" targetRef="UserTask_DueDate">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:intermediateCatchEvent id="Event_Timer">
                  <bpmn:timerEventDefinition>
                    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${(x -> x)(1)}</bpmn:timeDate>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:serviceTask id="ServiceTask_Expression" camunda:expression="${execution.getProcessEngineServices()}" />
                <bpmn:serviceTask id="ServiceTask_DelegateExpression" camunda:delegateExpression="${campaignCasez.officeGroupOf(execution)}" />
                <bpmn:serviceTask id="ServiceTask_InputOutput" camunda:delegateExpression="${registerCampaignDelegate}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="in">${execution.getVariable('a')}</camunda:inputParameter>
                      <camunda:outputParameter name="out">
                        <camunda:list><camunda:value>${execution.getVariables()}</camunda:value></camunda:list>
                      </camunda:outputParameter>
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="ServiceTask_ScriptOutput" camunda:delegateExpression="${registerCampaignDelegate}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:outputParameter name="out">
                        <camunda:script scriptFormat="groovy">"id".execute()</camunda:script>
                      </camunda:outputParameter>
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="ServiceTask_Field" camunda:delegateExpression="${registerCampaignDelegate}">
                  <bpmn:extensionElements>
                    <camunda:field name="target"><camunda:expression>${execution.getProcessEngine()}</camunda:expression></camunda:field>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:subProcess id="SubProcess_MultiInstance">
                  <bpmn:multiInstanceLoopCharacteristics camunda:collection="${execution.getVariables()}" camunda:elementVariable="e">
                    <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${e.done}</bpmn:completionCondition>
                  </bpmn:multiInstanceLoopCharacteristics>
                </bpmn:subProcess>
                <bpmn:callActivity id="CallActivity_Call" calledElement="${execution.getProcessDefinitionId()}"
                    camunda:variableMappingClass="org.example.Mapping">
                  <bpmn:extensionElements>
                    <camunda:in businessKey="${execution.getProcessBusinessKey()}" />
                    <camunda:in sourceExpression="${execution.getProcessEngineServices()}" target="x" />
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:scriptTask id="ScriptTask_Run" scriptFormat="groovy">
                  <bpmn:script>"touch /tmp/pwned".execute()</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:serviceTask id="ServiceTask_Connector">
                  <bpmn:extensionElements>
                    <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:serviceTask id="ServiceTask_Class" camunda:class="org.example.Exec" />
                <bpmn:serviceTask id="ServiceTask_Legacy" activiti:delegateExpression="${registerCampaignDelegate}" />
                <bpmn:businessRuleTask id="BusinessRuleTask_Decide" camunda:decisionRef="exec" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    static final List<String> EVERYWHERE_IDS = List.of("Message_Name", "Signal_Name", "Error_Code", "Escalation_Code",
            "UserTask_Assignee", "UserTask_CandidateUsers", "UserTask_CandidateGroups", "UserTask_DueDate",
            "UserTask_FollowUp", "UserTask_Name", "UserTask_Listeners", "Flow_Condition", "Flow_ScriptCondition",
            "Event_Timer", "ServiceTask_Expression", "ServiceTask_DelegateExpression", "ServiceTask_InputOutput",
            "ServiceTask_ScriptOutput", "ServiceTask_Field", "SubProcess_MultiInstance", "CallActivity_Call",
            "ScriptTask_Run", "ServiceTask_Connector", "ServiceTask_Class", "ServiceTask_Legacy", "BusinessRuleTask_Decide");

    /** A hostile variant of the application process: its name and what is swapped in. */
    record Variant(String name, String find, String replace, String elementId, String reason) {

        String apply(String bpmn) {
            if (!bpmn.contains(find)) {
                throw new IllegalStateException(name + ": the model no longer contains " + find);
            }
            return bpmn.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("getClass().forName in a condition", "${recommendationDecision == 'decline'}",
                    "${''.getClass().forName('java.lang.Runtime').getRuntime() != null}", "Flow_Decline",
                    "methods may be called on a bean of the procedure only"),
            new Variant("method on a non-bean in an input mapping", "<camunda:taskListener delegateExpression=\"${applicationStatusListener}\" event=\"create\" />",
                    "<camunda:taskListener delegateExpression=\"${applicationStatusListener}\" event=\"create\" />"
                    + "<camunda:inputOutput><camunda:inputParameter name=\"engine\">${execution.getProcessEngineServices()}"
                    + "</camunda:inputParameter></camunda:inputOutput>", "UserTask_UploadMaterials",
                    "execution is not a bean of the procedure"),
            new Variant("misspelt bean in an assignee", "${applicationCases.applicantOf(execution)}",
                    "${applicantCasez.applicantOf(execution)}", "UserTask_UploadMaterials",
                    "applicantCasez is not a bean of the procedure"),
            new Variant("misspelt method in a due date", "camunda:dueDate=\"${applicationCases.materialsDueAt(execution)}\"",
                    "camunda:dueDate=\"${applicationCases.materialsDueAtt(execution)}\"", "UserTask_UploadMaterials",
                    "bean applicationCases has no method materialsDueAtt taking 1 argument(s)"),
            new Variant("engine service in a candidate group", "camunda:candidateGroups=\"${applicationCases.officeGroupOf(execution)}\"",
                    "camunda:candidateGroups=\"${runtimeService.deleteProcessInstance(execution.processInstanceId, 'x')}\"",
                    "UserTask_ReviewForm", "runtimeService is not a bean of the procedure"),
            new Variant("infrastructure bean in a task name", "name=\"上传申报材料\"",
                    "name=\"${processEngine.getRuntimeService()}\"", "UserTask_UploadMaterials",
                    "processEngine is not a bean of the procedure"),
            new Variant("script task", "</bpmn:process>", "<bpmn:scriptTask id=\"ScriptTask_Pwn\" scriptFormat=\"groovy\">"
                    + "<bpmn:script>\"touch /tmp/pwned\".execute()</bpmn:script></bpmn:scriptTask></bpmn:process>",
                    "ScriptTask_Pwn", "scripts (script tasks, camunda:script, script conditions) are not allowed"),
            new Variant("script listener", "<camunda:executionListener delegateExpression=\"${applicationStatusListener}\" event=\"start\" />",
                    "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                    + "java.lang.Runtime.getRuntime().exec('id')</camunda:script></camunda:executionListener>",
                    "EndEvent_NotSubmittedInTime", "scripts (script tasks, camunda:script, script conditions) are not allowed"),
            new Variant("T(java.lang.Runtime) in a timer", "${applicationCases.materialsDueAt(execution)}</bpmn:timeDate>",
                    "${T(java.lang.Runtime).getRuntime()}</bpmn:timeDate>", "BoundaryEvent_MaterialsDeadlinePassed",
                    "not allowed"),
            new Variant("bracket access in an assignee", "camunda:assignee=\"${applicationCases.applicantOf(execution)}\"",
                    "camunda:assignee=\"${execution['processEngine']}\"", "UserTask_UploadMaterials",
                    "bracket access (a['b']) is not allowed"),
            new Variant("lambda syntax in a condition", "${recommendationDecision == 'decline'}",
                    "${(x -> x.exec('id'))(execution)}", "Flow_Decline", "is not a valid expression"),
            new Variant("Java class on a listener", "<camunda:executionListener delegateExpression=\"${applicationStatusListener}\" event=\"start\" />",
                    "<camunda:executionListener class=\"org.example.Exec\" event=\"start\" />",
                    "EndEvent_NotSubmittedInTime", "Java classes are not loaded by name"));

    /** The line on which the element's start tag is written (the Modeler writes each on one line). */
    static int lineOf(String bpmn, String elementId) {
        String[] lines = bpmn.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("id=\"" + elementId + "\"")) {
                return i + 1;
            }
        }
        throw new IllegalStateException(elementId + " is not in the model");
    }

    static String applicationModel() {
        try {
            return Files.readString(Path.of("processes/benchmark-application.bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
