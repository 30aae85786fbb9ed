package org.caq.benchmark.audit;

import java.util.Date;
import java.util.List;

/** Everything the history holds of one case, in the order it happened; each engine word with its Chinese name. */
record CaseTrail(Case caseInfo, List<Step> activities, List<Change> variables, List<Operation> operations) {

    record Case(String processInstanceId, String processDefinitionKey, String processName, Integer version,
            String businessKey, String state, String stateName, Date start, Date end, String startedBy) {
    }

    /** An activity: when it started and ended, and for a task who worked it and how it ended. */
    record Step(String activityId, String activityInstanceId, String name, String type, String typeName, Date start,
            Date end, String taskId, String assignee, String outcome, String outcomeName) {
    }

    /** A value a variable took, when. */
    record Change(Date time, String name, String label, String type, String value, String activityInstanceId) {
    }

    /** Something a person did through the engine's API: claim, complete, change, delete … */
    record Operation(Date time, String user, String operation, String operationName, String entity, String entityName,
            String taskId, String property, String propertyName, String from, String to) {
    }
}
