package org.caq.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;

/** Experts sign the confidentiality undertaking (Art. 15) in Tasklist, each with their own login, as they would. */
public final class TestUndertakings {

    private TestUndertakings() {
    }

    /** The expert signs on one of their waiting undertaking tasks; the others of that campaign then go on by themselves. */
    public static void sign(ProcessEngine engine, Task task) {
        engine.getIdentityService().setAuthentication(task.getAssignee(), List.of("committee"));
        try {
            engine.getTaskService().complete(task.getId(), Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Every expert with an undertaking waiting signs it; answers how many signed. */
    public static int signAll(ProcessEngine engine) {
        return signWhere(engine, () -> engine.getTaskService().createTaskQuery());
    }

    /** Every member waiting on the case signs; answers how many signed. */
    public static int signAllIn(ProcessEngine engine, String processInstanceId) {
        return signWhere(engine, () -> engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId));
    }

    /** Every expert waiting on the campaign's cases signs; answers how many signed. */
    public static int signAllInCampaign(ProcessEngine engine, String campaign) {
        return signWhere(engine, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(campaign + "%"));
    }

    private static int signWhere(ProcessEngine engine, java.util.function.Supplier<TaskQuery> query) {
        int signed = 0;
        for (List<Task> waiting = waiting(query); !waiting.isEmpty(); waiting = waiting(query)) {
            sign(engine, waiting.get(0));
            signed++;
        }
        return signed;
    }

    private static List<Task> waiting(java.util.function.Supplier<TaskQuery> query) {
        return query.get().taskDefinitionKey(Undertakings.SIGN_TASK).orderByTaskAssignee().asc().list();
    }
}
