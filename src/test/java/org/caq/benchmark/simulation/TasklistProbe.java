package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.model.ReviewProcess;

/**
 * What Tasklist asks for its busiest users at their peaks: the office's 待形式审查 when every application waits for
 * form review, and 我的评审任务 of the expert with the most open reviews; count and first page of the filter as that
 * user (authorizations on), averaged over ten calls after one warm-up.
 */
final class TasklistProbe {

    record Reading(String filter, String campaign, String user, long tasks, double countMillis, double pageMillis) {
    }

    private final ProcessEngine engine;
    private final List<Reading> readings = new ArrayList<>();

    TasklistProbe(ProcessEngine engine) {
        this.engine = engine;
    }

    void office(String campaign) {
        measure("待形式审查", campaign, "office", List.of("office"));
    }

    void busiestExpert(String campaign) {
        // at the start of material review an expert's open tasks are undertakings (Art. 15) and reviews, all in benchmark-review
        Map<String, Long> perExpert = engine.getTaskService().createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .list().stream().filter(task -> task.getAssignee() != null)
                .collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        perExpert.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(busiest -> measure("我的评审任务", campaign, busiest.getKey(), List.of("committee")));
    }

    private void measure(String filterName, String campaign, String user, List<String> groups) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        Person.as(engine.getIdentityService(), user, groups, () -> {
            long count = engine.getFilterService().count(filter.getId());
            engine.getFilterService().listPage(filter.getId(), 0, 15);
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                engine.getFilterService().count(filter.getId());
            }
            long counted = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                engine.getFilterService().listPage(filter.getId(), 0, 15);
            }
            long listed = System.nanoTime();
            readings.add(new Reading(filterName, campaign, user, count, (counted - start) / 1e7, (listed - counted) / 1e7));
        });
    }

    List<Reading> readings() {
        return readings;
    }
}
