package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;

/**
 * What Tasklist asks for the busiest expert at the peak of material review: the 我的评审任务 filter's count and
 * first page, as that expert (authorizations on), timed over ten calls after one warm-up.
 */
final class TasklistProbe {

    record Reading(String campaign, String user, long tasks, double countMillis, double pageMillis) {
    }

    private final ProcessEngine engine;
    private final List<Reading> readings = new ArrayList<>();

    TasklistProbe(ProcessEngine engine) {
        this.engine = engine;
    }

    void measure(String campaign) {
        Map<String, Long> perExpert = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_ReviewApplication")
                .list().stream().collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        String busiest = perExpert.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Filter filter = engine.getFilterService().createFilterQuery().filterName("我的评审任务").singleResult();
        if (busiest == null || filter == null) {
            return;
        }
        engine.getIdentityService().setAuthentication(busiest, List.of("committee"));
        try {
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
            readings.add(new Reading(campaign, busiest, count, (counted - start) / 1e7, (listed - counted) / 1e7));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Reading worst() {
        return readings.stream().max(Comparator.comparingDouble(Reading::pageMillis)).orElse(null);
    }
}
