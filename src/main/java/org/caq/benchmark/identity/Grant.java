package org.caq.benchmark.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One GRANT authorization the bootstrap keeps in place: a group may do these things to this resource. */
record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

    static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(groupId, resource, resourceId, List.of(permissions));
    }
}
