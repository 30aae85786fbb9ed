package org.caq.benchmark.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in a command the engine narrows the user's groups to those holding any grant,
 * reading {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}. That table holds a grant for each open task's
 * candidate group, so the read grows with the open tasks of every campaign: 1.2 ms a command in the whole country's
 * first year on PostgreSQL, once for a Tasklist list and again for its count. A group without a grant matches no row
 * of a check, so the user's own groups (a handful) give the same answers unfiltered; the checks are unchanged.
 */
@Component
class UnfilteredGroups extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new Factory());
        configuration.setCustomSessionFactories(factories);
    }

    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new Manager();
        }
    }

    static final class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
                    : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
