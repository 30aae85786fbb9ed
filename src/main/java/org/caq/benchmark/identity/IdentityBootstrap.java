package org.caq.benchmark.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Puts the groups of the procedure, one group per recommending unit, their grants and the Tasklist filters in
 * place at every start. Idempotent: what exists is left alone, what is missing is added. Runs before the web
 * server accepts requests.
 */
@Component
@DependsOn("recommendingUnitDirectory")
class IdentityBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RecommendingUnits units;
    private final TasklistFilters filters;
    private final ObjectProvider<DemoUsers> demoUsers;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, RecommendingUnits units,
            TasklistFilters filters, ObjectProvider<DemoUsers> demoUsers) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.units = units;
        this.filters = filters;
        this.demoUsers = demoUsers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    void run() {
        List<String> workingGroups = new ArrayList<>();
        for (ProcedureGroup group : ProcedureGroup.values()) {
            ensureGroup(group.id(), group.displayName());
            if (group != ProcedureGroup.AUDITOR) {
                workingGroups.add(group.id());
            }
        }
        List<String> provincialOffices = new ArrayList<>();
        for (RecommendingUnit unit : units.all()) {
            ensureGroup(unit.groupId(), unit.name());
            workingGroups.add(unit.groupId());
            String office = ProcedureGroup.officeOf(unit.directory());
            if (!workingGroups.contains(office)) {
                ensureGroup(office, units.find(unit.directory()).map(RecommendingUnit::name).orElse(unit.directory())
                        + "（省级质量标杆遴选）");
                workingGroups.add(office);
                provincialOffices.add(office);
            }
        }
        Grants.forGroups(workingGroups, provincialOffices).forEach(this::ensure);
        filters.ensure(workingGroups).forEach(this::ensure);
        demoUsers.ifAvailable(DemoUsers::ensure);
        log.info("Identity in place: {} task-working groups", workingGroups.size());
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(ProcedureGroup.WORKFLOW_TYPE);
        identity.saveGroup(group);
    }

    private void ensure(Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        boolean missing = existing == null;
        for (Permission permission : grant.permissions()) {
            if (existing == null || !existing.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            authorizations.saveAuthorization(authorization);
        }
    }
}
