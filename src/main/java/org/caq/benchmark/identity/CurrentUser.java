package org.caq.benchmark.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.model.ProcedureGroup;
import org.springframework.stereotype.Component;

/** The user an /api call runs as (set by {@link ApiAuthenticationFilter}) and the groups they are in. */
@Component
public class CurrentUser {

    /** Camunda's administrators, who may see everything. */
    public static final String ADMINS = Groups.CAMUNDA_ADMIN;

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public String id() {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("/api call without an authenticated user");
        }
        return authentication.getUserId();
    }

    /**
     * Whether what runs now may act for this office: the procedure itself (no person logged in), the national office
     * for every office, or a member of that office (a province's office for its own province only).
     */
    public boolean actsFor(String officeGroup) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null
                || inAny(ProcedureGroup.OFFICE.id(), officeGroup);
    }

    /** The groups the user is in; none when no user is authenticated. */
    public List<String> groups() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    }

    /** Whether the user is in any of these groups; nobody is when no user is authenticated. */
    public boolean inAny(String... groupIds) {
        Authentication authentication = identity.getCurrentAuthentication();
        List<String> groups = authentication == null || authentication.getGroupIds() == null
                ? List.of() : authentication.getGroupIds();
        for (String groupId : groupIds) {
            if (groups.contains(groupId)) {
                return true;
            }
        }
        return false;
    }
}
