package org.caq.benchmark.simulation;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * The engine's queries behind one case's audit trail, exactly as {@code audit.CaseTrails} asks them (the case by id,
 * then by business key; its definition; its tasks, activities, variable updates and operation log), so that the same
 * queries can be asked of the application's engine and of a bare one. The project's work around them (its decisions
 * and notices, the labels, the JSON or CSV) is not part of it.
 */
final class TrailQueries {

    private TrailQueries() {
    }

    /** The rows the trail's queries read, as {@code user} with {@code groups} (authorization applies). */
    static long rows(ProcessEngine on, String user, List<String> groups, String idOrBusinessKey) {
        return Person.as(on.getIdentityService(), user, groups, () -> {
            HistoryService history = on.getHistoryService();
            HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(idOrBusinessKey).singleResult();
            if (pi == null) {
                pi = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(idOrBusinessKey)
                        .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst().orElse(null);
            }
            if (pi == null) {
                throw new IllegalStateException("no case " + idOrBusinessKey + " visible to " + user);
            }
            on.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId());
            long rows = 1;
            rows += history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).list().size();
            rows += history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().size();
            rows += history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().orderPartiallyByOccurrence().asc()
                    .list().size();
            rows += history.createUserOperationLogQuery().processInstanceId(pi.getId()).list().size();
            return rows;
        });
    }
}
