package org.caq.benchmark.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work lists read the same on both databases: by due date, the earliest first, and the tasks without a due date
 * after all those with one (PostgreSQL sorts nulls last by itself; H2 is told to, in its connection settings).
 */
@BenchmarkSpringTest
class TaskOrderIT {

    private static final String USER = "t-order-clerk";

    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    @AfterEach
    void removeTasks() {
        tasks.createTaskQuery().taskAssignee(USER).list().forEach(task -> tasks.deleteTask(task.getId(), true));
    }

    @Test
    void lists_a_clerk_s_tasks_by_due_date_with_those_without_one_last() {
        Date now = Date.from(BeijingTime.now());
        task("无期限甲", null);
        task("三天后到期", new Date(now.getTime() + 3 * 86_400_000L));
        task("无期限乙", null);
        task("明天到期", new Date(now.getTime() + 86_400_000L));

        String myTasks = filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult().getId();
        // a member of a role that reads the filter; the role's own tasks of other tests may be listed among these
        identity.setAuthentication(USER, List.of(ProcedureGroup.CAQ.id()));
        try {
            List<String> listed = filters.<Task>list(myTasks).stream().filter(task -> USER.equals(task.getAssignee()))
                    .map(Task::getName).toList();
            assertThat(listed).startsWith("明天到期", "三天后到期").containsExactlyInAnyOrder("明天到期", "三天后到期", "无期限甲", "无期限乙");
        } finally {
            identity.clearAuthentication();
        }
    }

    private void task(String name, Date due) {
        Task task = tasks.newTask();
        task.setName(name);
        task.setAssignee(USER);
        task.setDueDate(due);
        tasks.saveTask(task);
    }
}
