package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The procedure's Java behind a model: every service task and listener is {@code ${bean}} naming a bean of the
 * procedure of the kind its place needs (a JavaDelegate behind a task, a TaskListener on a task's listener). A
 * misspelt or wrong one would pass the engine's own parse and fail only when a case reaches it. Scripts and Java
 * classes are refused by {@link ModelScan}.
 */
final class DelegateRule {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

    /** What may stand in one place: its name for people and the Java types the engine accepts there. */
    private record Place(String zh, String en, boolean required, List<Class<?>> types) {
    }

    private static final Place TASK = new Place("服务任务", "delegate", true, List.of(JavaDelegate.class));
    private static final Place SEND = new Place("发送任务或消息事件", "delegate", false, List.of(JavaDelegate.class));
    private static final Place EXECUTION_LISTENER = new Place("监听器", "listener", true,
            List.of(ExecutionListener.class, JavaDelegate.class));
    private static final Place TASK_LISTENER = new Place("监听器", "listener", true, List.of(TaskListener.class));

    private final ProcessModelCheck.Beans beans;

    DelegateRule(ProcessModelCheck.Beans beans) {
        this.beans = beans;
    }

    List<Violation> violations(BpmnModelInstance model) {
        List<Violation> violations = new ArrayList<>();
        model.getModelElementsByType(ServiceTask.class).stream().filter(task -> task.getCamundaClass() == null)
                .forEach(task -> check(task, task.getCamundaDelegateExpression(), TASK, violations));
        model.getModelElementsByType(SendTask.class)
                .forEach(task -> check(task, task.getCamundaDelegateExpression(), SEND, violations));
        model.getModelElementsByType(MessageEventDefinition.class)
                .forEach(message -> check(message.getParentElement(), message.getCamundaDelegateExpression(), SEND, violations));
        // script listeners and Java classes are refused by the scan already
        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                .filter(listener -> listener.getCamundaScript() == null && listener.getCamundaClass() == null)
                .forEach(listener -> check(ownerOf(listener), listener.getCamundaDelegateExpression(), EXECUTION_LISTENER, violations));
        model.getModelElementsByType(CamundaTaskListener.class).stream()
                .filter(listener -> listener.getCamundaScript() == null && listener.getCamundaClass() == null)
                .forEach(listener -> check(ownerOf(listener), listener.getCamundaDelegateExpression(), TASK_LISTENER, violations));
        return violations;
    }

    private void check(ModelElementInstance owner, String expression, Place place, List<Violation> violations) {
        if (expression == null && !place.required()) {
            return;
        }
        Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
        if (!matcher.matches()) {
            violations.add(Violation.in(owner, place.zh() + "须为 camunda:delegateExpression=\"${beanName}\"（当前"
                    + (expression == null ? "没有" : "为 " + expression) + "）", place.en()
                    + "s need camunda:delegateExpression=\"${beanName}\" (found " + (expression == null ? "none" : expression) + ")"));
        } else if (!beans.exists(matcher.group(1))) {
            violations.add(Violation.in(owner, place.zh() + "表达式 " + expression + " 指向的 Bean 不存在",
                    place.en() + " expression " + expression + " names no bean"));
        } else if (place.types().stream().noneMatch(type -> beans.isA(matcher.group(1), type))) {
            String types = place.types().stream().map(Class::getSimpleName).reduce((a, b) -> a + " / " + b).orElseThrow();
            violations.add(Violation.in(owner, place.zh() + "表达式 " + expression + " 指向的 Bean 不是 " + types + "，不能用在这里",
                    place.en() + " expression " + expression + " names a bean that is not a " + types));
        }
    }

    private static ModelElementInstance ownerOf(ModelElementInstance listener) {
        return listener.getParentElement().getParentElement();
    }
}
