package org.caq.benchmark.simulation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The same number of process starts and user-task completions as the simulated procedure, on a bare process in
 * the same engine and database: one user task repeated (sequential multi-instance), no delegates, no listeners,
 * no domain tables, started and worked by an authenticated user as the procedure's are. The procedure's cost over
 * this is the system's overhead.
 */
final class BareBaseline {

    static final String KEY = "bare-baseline";
    private static final String USER = "sim-bare";

    private final ProcessEngine engine;

    /** Deploys the bare process and grants its user what the procedure's people hold. */
    BareBaseline(ProcessEngine engine) {
        this.engine = engine;
        deploy();
    }

    /**
     * Runs the baseline; returns its wall time in milliseconds. As in the simulation, the person starts and
     * completes (authenticated, authorizations checked) and the driver finds the next task without a login.
     */
    long run(long starts, long completions) {
        long start = System.nanoTime();
        long perInstance = completions / starts;
        long extra = completions % starts;
        for (long i = 0; i < starts; i++) {
            Map<String, Object> variables = Map.of("tasks", perInstance + (i < extra ? 1 : 0));
            String businessKey = "bare-" + i;
            String id = Person.as(engine.getIdentityService(), USER, List.of(USER),
                    () -> engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey, variables).getId());
            for (Task task = next(id); task != null; task = next(id)) {
                String taskId = task.getId();
                Person.as(engine.getIdentityService(), USER, List.of(USER), () -> engine.getTaskService().complete(taskId, Map.of("done", true)));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Task next(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("基线流程").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Work").name("办理").camundaAssignee(USER)
                    .multiInstance().sequential().cardinality("${tasks}").multiInstanceDone()
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resources resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(USER);
            grant.setResource(resource);
            grant.setResourceId(resource == Resources.PROCESS_DEFINITION ? KEY : "*");
            grant.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(grant);
        }
    }
}
