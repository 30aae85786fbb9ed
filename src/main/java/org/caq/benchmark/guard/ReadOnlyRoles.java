package org.caq.benchmark.guard;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caq.benchmark.model.ProcedureGroup;

/**
 * The roles that read and change nothing: the auditor (DOMAIN.md, "Who takes part"). A user is read-only when every
 * group they are in is a read-only group; one working group or camunda-admin makes them a worker.
 */
final class ReadOnlyRoles {

    static final Set<String> GROUPS = ProcedureGroup.READ_ONLY;

    static final String REFUSAL = "审计监督人员只能查阅，不能修改任何数据（包括添加评论、附件，更改账户或流程数据）。";

    /** Set when the engine refused a read-only user's write in this thread, for ReadOnlyAnswers to answer it. */
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    private ReadOnlyRoles() {
    }

    static void refused() {
        REFUSED.set(Boolean.TRUE);
    }

    static boolean wasRefused() {
        return REFUSED.get() != null;
    }

    static void forget() {
        REFUSED.remove();
    }

    static boolean readOnly(Authentication person) {
        List<String> groups = person == null ? null : person.getGroupIds();
        return groups != null && !groups.isEmpty() && GROUPS.containsAll(groups);
    }
}
