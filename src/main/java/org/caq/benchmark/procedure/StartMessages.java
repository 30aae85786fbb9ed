package org.caq.benchmark.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * A message that starts a process starts that process only: the engine refuses to deploy a second process whose start
 * event waits for the same message (ENGINE-01011, a bare 500 to the administrator), e.g. a copy of benchmark-application
 * under another key with its 依推荐申报. Refused here with the others, naming the start event and the process the message
 * already starts (decision 0083).
 */
final class StartMessages {

    private StartMessages() {
    }

    /** Against the processes the engine has deployed, inside the deploying command. */
    static List<Violation> taken(BpmnModelInstance model) {
        return taken(model, StartMessages::deployedStartOf);
    }

    static List<Violation> taken(BpmnModelInstance model, Function<String, Optional<String>> processStartedBy) {
        List<Violation> found = new ArrayList<>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!(start.getParentElement() instanceof Process process)) {
                continue;
            }
            for (MessageEventDefinition definition : start.getChildElementsByType(MessageEventDefinition.class)) {
                String message = definition.getMessage() == null ? null : definition.getMessage().getName();
                String other = message == null ? null : processStartedBy.apply(message).orElse(null);
                if (other != null && !other.equals(process.getId())) {
                    found.add(Violation.in(start, "消息 " + message + " 已用于启动流程 " + other + "：一条消息只能启动一个流程，请为本流程的消息开始事件另用一个消息名称",
                            "message " + message + " already starts process " + other
                                    + ": a message starts one process only; give this start event a message of its own"));
                }
            }
        }
        return found;
    }

    private static Optional<String> deployedStartOf(String message) {
        CommandContext command = Context.getCommandContext();
        return command.getEventSubscriptionManager().findMessageStartEventSubscriptionByName(message).stream()
                .map(EventSubscriptionEntity::getConfiguration)
                .map(definition -> command.getProcessDefinitionManager().findLatestDefinitionById(definition))
                .filter(java.util.Objects::nonNull).map(ProcessDefinitionEntity::getKey).findFirst();
    }
}
