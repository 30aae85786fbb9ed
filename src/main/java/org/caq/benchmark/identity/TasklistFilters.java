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
 * Tasklist shows tasks only through filters. "我的待办" has no criteria of its own: the engine's authorization
 * already limits every user to the tasks of their groups, so the filter shows exactly what the role may see.
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

    /** Creates the shared filters that are missing and answers the grants that let the groups read them. */
    List<Grant> ensure(List<String> groups) {
        Filter myTasks = filters.createFilterQuery().filterName(MY_TASKS).singleResult();
        if (myTasks == null) {
            myTasks = filters.newTaskFilter(MY_TASKS)
                    .setQuery(tasks.createTaskQuery().orderByTaskCreateTime().desc())
                    .setProperties(Map.<String, Object>of("description", "您可以办理的全部任务", "priority", -10, "refresh", true));
            filters.saveFilter(myTasks);
        }
        String filterId = myTasks.getId();
        return groups.stream().map(group -> Grant.of(group, FILTER, filterId, Permissions.READ)).toList();
    }
}
