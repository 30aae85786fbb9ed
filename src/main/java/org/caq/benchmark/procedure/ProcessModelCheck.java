package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The written-down conventions of the procedure's BPMN, checked mechanically (docs/bpmn-conventions.md):
 * history TTL, a diagram for every element, delegates that exist as beans, forms that exist, candidate
 * groups that exist, id prefixes, no code but the procedure's beans. Each violation names the element so the
 * author can find it in the Modeler.
 */
public final class ProcessModelCheck {

    /** What exists where the model will run. */
    public record Environment(Beans beans, Predicate<String> formExists, Predicate<String> groupExists) {
    }

    /** The procedure's own beans, the only code a model may call. */
    public interface Beans {

        boolean exists(String bean);

        /** Whether the bean has a public method of the procedure with this name taking this many arguments. */
        boolean hasMethod(String bean, String method, int arguments);

        /** Whether the bean is of this type (a JavaDelegate behind a service task, a TaskListener on a task). */
        boolean isA(String bean, Class<?> type);
    }

    private static final Map<Class<? extends BaseElement>, String> PREFIXES = Map.ofEntries(
            Map.entry(UserTask.class, "UserTask_"), Map.entry(ServiceTask.class, "ServiceTask_"),
            Map.entry(SendTask.class, "SendTask_"), Map.entry(ReceiveTask.class, "ReceiveTask_"),
            Map.entry(CallActivity.class, "CallActivity_"),
            Map.entry(SubProcess.class, "SubProcess_"), Map.entry(Gateway.class, "Gateway_"),
            Map.entry(StartEvent.class, "StartEvent_"), Map.entry(EndEvent.class, "EndEvent_"),
            Map.entry(BoundaryEvent.class, "BoundaryEvent_"), Map.entry(IntermediateCatchEvent.class, "Event_"),
            Map.entry(IntermediateThrowEvent.class, "Event_"), Map.entry(SequenceFlow.class, "Flow_"));

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}");

    private final Environment environment;

    public ProcessModelCheck(Environment environment) {
        this.environment = environment;
    }

    /** Every convention: what {@link #deploymentViolations} checks, plus names, ids and a complete diagram. */
    public List<String> violations(BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            checkProcess(process, violations);
        }
        Set<String> drawn = drawnElements(model);
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
                violations.add(element.getId() + ": not in the diagram (BPMNDI); draw it in the Modeler");
            }
            checkPrefix(element, violations);
        }
        model.getModelElementsByType(UserTask.class).stream().filter(task -> task.getCamundaFormRef() == null).forEach(task ->
                violations.add(task.getId() + ": a user task needs camunda:formRef (a Camunda Form in forms/)"));
        deploymentViolations(model).forEach(violation -> violations.add(violation.toString()));
        return violations;
    }

    /**
     * What makes a model fail once running or run code beyond the procedure's beans, so a deployment is refused
     * for it: a process without history time to live, a delegate or listener naming no bean of its kind, a form not
     * in the deployment, a candidate group that does not exist, a date or duration the engine cannot read, a script
     * or Java class, an expression outside the allowed forms or calling a bean or method that does not exist
     * ({@link ExpressionRule}), a diagram that cannot be read ({@link ModelLayout}), lanes that do not say who acts where ({@link ModelLanes}). Each names its element and is worded in Chinese and English.
     */
    List<Violation> deploymentViolations(BpmnModelInstance model) {
        List<Violation> violations = new ArrayList<>(ModelScan.violations(model, new ExpressionRule(environment.beans())));
        for (Process process : model.getModelElementsByType(Process.class)) {
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                violations.add(Violation.in(process, "未设置 camunda:historyTimeToLive（历史保留期限）",
                        "camunda:historyTimeToLive is not set"));
            }
        }
        violations.addAll(new DelegateRule(environment.beans()).violations(model));
        model.getModelElementsByType(UserTask.class).forEach(task -> checkUserTask(task, violations));
        model.getModelElementsByType(StartEvent.class).forEach(event ->
                checkFormRef(event, event.getCamundaFormRef(), event.getCamundaFormRefBinding(), violations));
        violations.addAll(TimeLiterals.violations(model));
        violations.addAll(ModelLayout.violations(model));
        violations.addAll(ModelLanes.violations(model));
        return violations;
    }

    private void checkProcess(Process process, List<String> violations) {
        if (!process.isExecutable()) {
            violations.add(process.getId() + ": isExecutable is not true");
        }
        if (process.getName() == null || process.getName().isBlank()) {
            violations.add(process.getId() + ": the process has no name");
        }
    }

    private static Set<String> drawnElements(BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        return drawn;
    }

    private static void checkPrefix(FlowElement element, List<String> violations) {
        PREFIXES.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(element))
                .findFirst()
                .filter(entry -> !element.getId().startsWith(entry.getValue()))
                .ifPresent(entry -> violations.add(element.getId() + ": id should start with " + entry.getValue()));
    }

    private void checkUserTask(UserTask task, List<Violation> violations) {
        checkFormRef(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), violations);
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
            if (task.getCamundaAssignee() == null) {
                violations.add(Violation.in(task, "既没有候选组也没有办理人", "neither candidate groups nor an assignee"));
            }
            return;
        }
        // only the groups written out are checked here; an expression (which may hold commas) is the scan's
        for (String group : EXPRESSION.matcher(groups).replaceAll("").split(",")) {
            String id = group.strip();
            if (!id.isEmpty() && !environment.groupExists().test(id)) {
                violations.add(Violation.in(task, "候选组 '" + id + "' 不存在", "candidate group '" + id + "' does not exist"));
            }
        }
    }

    private void checkFormRef(BaseElement element, String formRef, String binding, List<Violation> violations) {
        if (formRef == null) {
            return;
        }
        if (!"deployment".equals(binding)) {
            violations.add(Violation.in(element, "camunda:formRefBinding 须为 \"deployment\"",
                    "camunda:formRefBinding must be \"deployment\""));
        }
        if (!formRef.contains("${") && !environment.formExists().test(formRef)) {
            violations.add(Violation.in(element, "表单 '" + formRef + "' 不在本次部署的表单中",
                    "form '" + formRef + "' is not among the deployed forms"));
        }
    }
}
