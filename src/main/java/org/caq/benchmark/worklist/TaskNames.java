package org.caq.benchmark.worklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model, as it is created, gets its case appended to its name (择优推荐 →
 * 择优推荐 2026-national-0007 华东精机) and the same words as the task variable {@code caseLabel} for its form. The
 * models keep their plain names, readable in the Modeler; no model has to remember a listener.
 */
@Component
class TaskNames extends AbstractProcessEnginePlugin implements TaskListener {

    /** The task-local variable a form shows as {{caseLabel}}. */
    static final String CASE_LABEL = "caseLabel";

    private final CaseLabels labels;

    TaskNames(CaseLabels labels) {
        this.labels = labels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskNames.this);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateTask task) {
        String processKey = task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
        labels.of(processKey, task.getProcessInstanceId()).ifPresent(label -> {
            task.setName(task.getName() + " " + label);
            task.setVariableLocal(CASE_LABEL, label);
        });
    }
}
