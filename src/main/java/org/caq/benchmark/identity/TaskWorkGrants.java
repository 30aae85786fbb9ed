package org.caq.benchmark.identity;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A candidate group that reads every task already (the office holds TASK * READ, see {@link Grants}) gets a per-task
 * grant to work on the task, without READ. The engine's task query joins the user's READ grants on tasks against
 * the tasks by {@code RESOURCE_ID_ IN (task, definition, '*')}, a join PostgreSQL can only run as a nested loop: with
 * a READ grant per open task the office's lists cost the square of its open tasks, with the one '*' grant they are
 * linear. What the office may see and do is unchanged; every other group keeps the engine's default grants, which are
 * what limit units and experts to their own tasks.
 */
@Component
class TaskWorkGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
            if (Grants.readsEveryTask(groupId)) {
                for (AuthorizationEntity grant : grants) {
                    if (grant.getResourceType() == TASK.resourceType()) {
                        grant.removePermission(Permissions.READ);
                    }
                }
            }
            return grants;
        }
    }
}
