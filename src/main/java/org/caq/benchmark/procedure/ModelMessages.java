package org.caq.benchmark.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;

/**
 * Whether the model version a case runs on throws a message from a visible event of its own. Versions deployed before
 * issue 16 sent their messages from the service task before; a case still running on one of them (not yet migrated)
 * must keep being told, so that delegate sends the message itself for those versions only.
 */
public final class ModelMessages {

    private ModelMessages() {
    }

    public static boolean thrownByModel(DelegateExecution execution, String message) {
        return thrownBy(execution.getBpmnModelInstance(), message);
    }

    static boolean thrownBy(BpmnModelInstance model, String message) {
        return model.getModelElementsByType(MessageEventDefinition.class).stream()
                .filter(definition -> definition.getParentElement() instanceof ThrowEvent)
                .anyMatch(definition -> definition.getMessage() != null && message.equals(definition.getMessage().getName()));
    }
}
