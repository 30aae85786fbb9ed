package org.caq.benchmark.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows tasks only through filters. "我的待办" lists the tasks assigned to the user or offered to one of
 * their groups; the engine's authorization still limits it to what the role may see (the office may read every
 * task, but its to-do list holds only the office's).
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "我的待办";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Puts the shared filters in place and answers the grants that let the groups read them. */
    List<Grant> ensure(List<String> groups) {
        Filter myTasks = filters.createFilterQuery().filterName(MY_TASKS).singleResult();
        if (myTasks == null) {
            myTasks = filters.newTaskFilter(MY_TASKS);
        }
        // the query is rewritten at every start, so a changed definition reaches existing installations
        myTasks.setQuery(tasks.createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateUserExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr()
                        .orderByDueDate().asc())
                .setProperties(Map.<String, Object>of("description", "分配给您或您所在单位的任务", "priority", -10, "refresh", true));
        filters.saveFilter(myTasks);
        String filterId = myTasks.getId();
        return groups.stream().map(group -> Grant.of(group, FILTER, filterId, Permissions.READ)).toList();
    }
}
