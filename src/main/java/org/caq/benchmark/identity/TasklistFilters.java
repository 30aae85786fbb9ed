package org.caq.benchmark.identity;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of each role, put in place at every start (their queries rewritten, so a changed definition
 * reaches existing installations). The engine's authorization still limits every filter to what its user may see.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "我的待办";
    static final String TO_RECOMMEND = "本单位待推荐";
    static final String FORM_REVIEW = "待形式审查";
    static final String MY_REVIEWS = "我的评审任务";
    static final String OVERDUE = "逾期任务";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Puts the filters in place and answers the grants that let each role read its own. */
    List<Grant> ensure(List<String> groups) {
        List<Grant> grants = new ArrayList<>();
        grants.addAll(filter(MY_TASKS, "分配给您或您所在单位的任务", -10, mine().orderByDueDate().asc(), groups, group -> true));
        grants.addAll(filter(TO_RECOMMEND, "本单位待审核推荐的申报", -9,
                mine().taskDefinitionKey(ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION).orderByDueDate().asc(), groups,
                RecommendingUnit::isGroup));
        grants.addAll(filter(FORM_REVIEW, "待形式审查的申报", -8,
                mine().taskDefinitionKey(ApplicationProcess.USER_TASK_REVIEW_FORM).orderByTaskCreateTime().asc(), groups, TasklistFilters::office));
        grants.addAll(filter(MY_REVIEWS, "分配给您的专家评审和专业组合议", -8,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .processDefinitionKeyIn(ReviewProcess.KEY, DeliberationProcess.KEY).orderByDueDate().asc(),
                groups, group -> group.equals(ProcedureGroup.COMMITTEE.id())));
        grants.addAll(filter(OVERDUE, "已过办理期限的任务（办公室可见全部）", -7,
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), groups, TasklistFilters::office));
        return grants;
    }

    private TaskQuery mine() {
        return tasks.createTaskQuery()
                .or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateUserExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
    }

    private static boolean office(String group) {
        return group.equals(ProcedureGroup.OFFICE.id()) || group.startsWith("office-");
    }

    private List<Grant> filter(String name, String description, int priority, TaskQuery query, List<String> groups,
            Predicate<String> readers) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(Map.<String, Object>of("description", description, "priority", priority,
                "refresh", true));
        filters.saveFilter(filter);
        String id = filter.getId();
        return groups.stream().filter(readers).map(group -> Grant.of(group, FILTER, id, Permissions.READ)).toList();
    }
}
