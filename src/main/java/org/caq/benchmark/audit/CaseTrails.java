package org.caq.benchmark.audit;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.stereotype.Component;

/**
 * Reads a case's trail from the engine's history, as the calling user (the engine's authorization applies: an
 * auditor reads every process's history, others what their grants allow).
 */
@Component
class CaseTrails {

    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BeijingTime.ZONE);

    private final HistoryService history;
    private final RepositoryService repository;
    private final VariableLabels labels;

    CaseTrails(HistoryService history, RepositoryService repository, VariableLabels labels) {
        this.history = history;
        this.repository = repository;
        this.labels = labels;
    }

    /** The case of a process instance id or a business key, if the caller may read its history. */
    Optional<CaseTrail> of(String idOrBusinessKey) {
        HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(idOrBusinessKey).singleResult();
        if (pi == null) {
            pi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(idOrBusinessKey)
                    .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
        }
        return Optional.ofNullable(pi).map(this::trail);
    }

    private CaseTrail trail(HistoricProcessInstance pi) {
        ProcessDefinition definition = repository.getProcessDefinition(pi.getProcessDefinitionId());
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(task -> tasks.put(task.getId(), task));
        List<CaseTrail.Step> steps = history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(a -> step(a, tasks.get(a.getTaskId()))).toList();
        List<CaseTrail.Change> changes = history.createHistoricDetailQuery().processInstanceId(pi.getId())
                .variableUpdates().orderPartiallyByOccurrence().asc().list().stream()
                .map(this::change).toList();
        List<CaseTrail.Operation> operations = history.createUserOperationLogQuery().processInstanceId(pi.getId()).list()
                .stream().sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp)).map(CaseTrails::operation).toList();
        return new CaseTrail(new CaseTrail.Case(pi.getId(), pi.getProcessDefinitionKey(), definition.getName(),
                definition.getVersion(), pi.getBusinessKey(), pi.getState(), TrailWords.state(pi.getState()), pi.getStartTime(), pi.getEndTime(),
                pi.getStartUserId()), steps, changes, operations);
    }

    private static CaseTrail.Step step(HistoricActivityInstance a, HistoricTaskInstance task) {
        String outcome = task == null ? null : task.getDeleteReason();
        return new CaseTrail.Step(a.getActivityId(), a.getId(), a.getActivityName(), a.getActivityType(),
                TrailWords.activityType(a.getActivityType()), a.getStartTime(), a.getEndTime(), a.getTaskId(), a.getAssignee(),
                outcome, TrailWords.outcome(outcome));
    }

    private CaseTrail.Change change(HistoricDetail detail) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        Object value = update.getValue();
        return new CaseTrail.Change(update.getTime(), update.getVariableName(), labels.of(update.getVariableName()),
                update.getTypeName(), value instanceof Date date ? BEIJING.format(date.toInstant()) : value == null ? null
                        : String.valueOf(value), update.getActivityInstanceId());
    }

    private static CaseTrail.Operation operation(UserOperationLogEntry entry) {
        return new CaseTrail.Operation(entry.getTimestamp(), entry.getUserId(), entry.getOperationType(),
                TrailWords.operation(entry.getOperationType()), entry.getEntityType(), TrailWords.entity(entry.getEntityType()),
                entry.getTaskId(), entry.getProperty(), TrailWords.property(entry.getProperty()), entry.getOrgValue(),
                entry.getNewValue());
    }
}
