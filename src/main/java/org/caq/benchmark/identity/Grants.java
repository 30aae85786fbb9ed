package org.caq.benchmark.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.caq.benchmark.model.ProcedureGroup.APPLICANT;
import static org.caq.benchmark.model.ProcedureGroup.AUDITOR;
import static org.caq.benchmark.model.ProcedureGroup.OFFICE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

/**
 * What each group may do in the engine. Work on a task comes from the task's candidate groups (the engine
 * grants candidates READ and TASK_WORK on it; a group that reads every task gets TASK_WORK only, see
 * {@link TaskWorkGrants}); these grants add the webapps a group opens and the processes it
 * starts. The auditor reads everything and changes nothing.
 */
final class Grants {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private static final Set<String> READERS_OF_EVERY_TASK = Stream
            .concat(office().stream(), auditor().stream())
            .filter(grant -> grant.resource() == TASK && ANY.equals(grant.resourceId())
                    && grant.permissions().stream().anyMatch(p -> p.getValue() == TaskPermissions.READ.getValue()))
            .map(Grant::groupId).collect(Collectors.toUnmodifiableSet());

    private Grants() {
    }

    /**
     * Whether the group reads every task through a TASK * grant, so that a per-task READ would add nothing
     * ({@link TaskWorkGrants}).
     */
    static boolean readsEveryTask(String groupId) {
        return READERS_OF_EVERY_TASK.contains(groupId);
    }

    static List<Grant> forGroups(List<String> taskWorkingGroups, List<String> provincialOffices) {
        List<Grant> grants = new ArrayList<>();
        for (String group : taskWorkingGroups) {
            grants.add(Grant.of(group, APPLICATION, TASKLIST, Permissions.ACCESS));
            // Tasklist shows the process's name and diagram with a task; the model itself is no secret.
            grants.add(Grant.of(group, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
        }
        grants.addAll(office());
        for (String office : provincialOffices) {
            grants.add(Grant.of(office, PROCESS_DEFINITION, CampaignProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(Grant.of(office, PROCESS_DEFINITION, TitleProcess.REVOCATION_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(Grant.of(office, PROCESS_DEFINITION, TitleProcess.EXCHANGE_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(Grant.of(office, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
            // the province's national recommending unit nominates its province's titles to the national selection
            String nominatingUnit = RecommendingUnit.groupOf(office.substring("office-".length()));
            grants.add(Grant.of(nominatingUnit, PROCESS_DEFINITION, NominationProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(Grant.of(nominatingUnit, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        }
        grants.addAll(auditor());
        grants.add(Grant.of(APPLICANT.id(), PROCESS_DEFINITION, ApplicationProcess.KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
        grants.add(Grant.of(APPLICANT.id(), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
        return grants;
    }

    private static List<Grant> office() {
        String office = OFFICE.id();
        return List.of(
                Grant.of(office, PROCESS_DEFINITION, CampaignProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE),
                Grant.of(office, PROCESS_DEFINITION, TitleProcess.REVOCATION_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE),
                Grant.of(office, PROCESS_DEFINITION, TitleProcess.EXCHANGE_KEY, ProcessDefinitionPermissions.CREATE_INSTANCE),
                Grant.of(office, PROCESS_DEFINITION, ANY,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY),
                Grant.of(office, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ, ProcessInstancePermissions.CREATE),
                Grant.of(office, TASK, ANY, TaskPermissions.READ));
    }

    private static List<Grant> auditor() {
        String auditor = AUDITOR.id();
        return List.of(
                Grant.of(auditor, APPLICATION, COCKPIT, Permissions.ACCESS),
                Grant.of(auditor, DEPLOYMENT, ANY, Permissions.READ),
                Grant.of(auditor, PROCESS_DEFINITION, ANY,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY),
                Grant.of(auditor, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
                Grant.of(auditor, TASK, ANY, TaskPermissions.READ),
                Grant.of(auditor, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
                Grant.of(auditor, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
                Grant.of(auditor, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
    }
}
