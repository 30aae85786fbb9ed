package org.caq.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.model.PublicityProcess;

/** The committee's vote on an objection (Art. 21), as its members would cast it in Tasklist, each with their login. */
public final class TestObjections {

    private TestObjections() {
    }

    /** The members' open vote tasks on the objection, in the order of their logins. */
    public static List<Task> voteTasks(ProcessEngine engine, ProcessInstance objection) {
        return engine.getTaskService().createTaskQuery().processInstanceId(objection.getId())
                .taskDefinitionKey("UserTask_VoteOnObjection").orderByTaskAssignee().asc().list();
    }

    /** One member votes, logged in as themselves. */
    public static void vote(ProcessEngine engine, Task task, String vote, String opinion) {
        engine.getIdentityService().setAuthentication(task.getAssignee(), List.of("committee"));
        try {
            engine.getTaskService().complete(task.getId(), Map.of(PublicityProcess.VOTE, vote, PublicityProcess.VOTE_OPINION, opinion));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Every member still to vote votes the same, until the vote is settled; answers how many voted. */
    public static int voteAll(ProcessEngine engine, ProcessInstance objection, String vote, String opinion) {
        TestUndertakings.signAllIn(engine, objection.getId());
        int cast = 0;
        for (List<Task> open = voteTasks(engine, objection); !open.isEmpty(); open = voteTasks(engine, objection)) {
            vote(engine, open.get(0), vote, opinion);
            cast++;
        }
        return cast;
    }
}
