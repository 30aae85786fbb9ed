package org.caq.benchmark.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final String APPROVER_PREFIX = "approver-";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RecommendingUnits units;
    private final TasklistFilters filters;
    private final LevelRules rules;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, RecommendingUnits units,
            TasklistFilters filters, LevelRules rules) {
        this.rules = rules;
        this.identity = identity;
        this.authorizations = authorizations;
        this.units = units;
        this.filters = filters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    void run() {
        Set<String> existingGroups = identity.createGroupQuery().list().stream().map(Group::getId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<GrantKey, Authorization> existingGrants = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream()
                .filter(a -> a.getGroupId() != null)
                .collect(Collectors.toMap(GrantKey::of, a -> a, (first, second) -> first));
        dropTaskReadsOfEveryTaskReaders(existingGrants);
        List<String> workingGroups = new ArrayList<>();
        for (ProcedureGroup group : ProcedureGroup.values()) {
            ensureGroup(existingGroups, group.id(), group.displayName());
            if (group != ProcedureGroup.AUDITOR) {
                workingGroups.add(group.id());
            }
        }
        List<RecommendingUnit> all = units.all();
        Map<String, String> names = all.stream()
                .collect(Collectors.toMap(RecommendingUnit::code, RecommendingUnit::name, (first, second) -> first));
        Set<String> provincialOffices = new LinkedHashSet<>();
        for (RecommendingUnit unit : all) {
            ensureGroup(existingGroups, unit.groupId(), unit.name());
            workingGroups.add(unit.groupId());
            String office = ProcedureGroup.officeOf(unit.directory());
            if (!office.equals(ProcedureGroup.OFFICE.id()) && provincialOffices.add(office)) {
                ensureGroup(existingGroups, office, rules.of(unit.directory()).officeName() + "（省级质量标杆遴选）");
                workingGroups.add(office);
            }
        }
        // a province whose notice gives the decision to another body than the one running the selection (Jiangsu)
        for (LevelRule rule : rules.all()) {
            if (rule.approverGroup().startsWith(APPROVER_PREFIX)) {
                ensureGroup(existingGroups, rule.approverGroup(), rule.approverName() + "（确定省级质量标杆）");
                workingGroups.add(rule.approverGroup());
            }
        }
        Grants.forGroups(workingGroups, List.copyOf(provincialOffices)).forEach(grant -> ensure(existingGrants, grant));
        filters.ensure(workingGroups).forEach(grant -> ensure(existingGrants, grant));
        log.info("Identity in place: {} task-working groups", workingGroups.size());
    }

    /** Open tasks granted before {@link TaskWorkGrants} keep only the right to work on them (a one-time upgrade). */
    private void dropTaskReadsOfEveryTaskReaders(Map<GrantKey, Authorization> existingGrants) {
        for (Map.Entry<GrantKey, Authorization> entry : existingGrants.entrySet()) {
            Authorization grant = entry.getValue();
            if (grant.getResourceType() == Resources.TASK.resourceType() && !Authorization.ANY.equals(grant.getResourceId())
                    && Grants.readsEveryTask(grant.getGroupId()) && grant.isPermissionGranted(Permissions.READ)) {
                grant.removePermission(Permissions.READ);
                entry.setValue(authorizations.saveAuthorization(grant));
            }
        }
    }

    private void ensureGroup(Set<String> existing, String id, String name) {
        if (!existing.add(id)) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(ProcedureGroup.WORKFLOW_TYPE);
        identity.saveGroup(group);
    }

    private void ensure(Map<GrantKey, Authorization> existingGrants, Grant grant) {
        GrantKey key = new GrantKey(grant.groupId(), grant.resource().resourceType(), grant.resourceId());
        Authorization existing = existingGrants.get(key);
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
            existingGrants.put(key, authorizations.saveAuthorization(authorization));
        }
    }

    /** What identifies a group's GRANT: the group, the resource type and the resource id. */
    private record GrantKey(String groupId, int resourceType, String resourceId) {
        static GrantKey of(Authorization authorization) {
            return new GrantKey(authorization.getGroupId(), authorization.getResourceType(), authorization.getResourceId());
        }
    }
}
