package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkApplication;
import org.caq.benchmark.TestPostgres;
import org.caq.benchmark.TestSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the office's Tasklist filter grows with its open tasks, with the grants the application writes (the office's
 * per-task grant without READ, identity.TaskWorkGrants) and, on the same tasks in the same run, with the engine's
 * default grants (READ on every task added back). The filter 我的待办 as the office (authorizations on), count and
 * first page, median of 20 calls after a warm-up, statistics freshly analysed before each reading.
 */
public final class TasklistGrowth {

    private static final int[] OPEN_TASKS = {150, 300, 600, 1200, 2400};
    private static final String OFFICE = "office";
    private static final int TASK_RESOURCE = 7;
    private static final int READ = 2;

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("simulation.database", "postgres");
        System.setProperty(TestSettings.PROPERTY, database);
        if (System.getProperty(TestPostgres.SETTINGS_PROPERTY) == null) {
            System.setProperty(TestPostgres.SETTINGS_PROPERTY, PostgresStatements.SERVER_SETTINGS);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .run(Simulation.arguments(62, false).toArray(String[]::new));
        try {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            boolean postgres = "postgres".equals(database);
            String filter = engine.getFilterService().createFilterQuery().filterName("我的待办").singleResult().getId();
            System.out.printf(Locale.ROOT, "%n我的待办 as the office on %s: median of 20 calls%n%10s %28s %28s%n", database, "open tasks",
                    "office grants TASK_WORK only", "engine default: READ each");
            int created = 0;
            for (int size : OPEN_TASKS) {
                for (; created < size; created++) {
                    Task task = engine.getTaskService().newTask();
                    task.setName("待办 " + created);
                    engine.getTaskService().saveTask(task);
                    engine.getTaskService().addCandidateGroup(task.getId(), OFFICE);
                }
                double[] linear = measure(engine, jdbc, postgres, filter, size);
                setPerTaskRead(jdbc, "+");
                double[] perTask = measure(engine, jdbc, postgres, filter, size);
                setPerTaskRead(jdbc, "-");
                System.out.printf(Locale.ROOT, "%10d %12.1f / %6.1f ms     %12.1f / %6.1f ms%n", size, linear[0], linear[1],
                        perTask[0], perTask[1]);
            }
            System.out.println("(count / first page of 15)");
        } finally {
            context.close();
        }
        System.exit(0);
    }

    /** Adds or takes away READ on the office's per-task grants, as the engine's default provider would have written them. */
    private static void setPerTaskRead(JdbcClient jdbc, String sign) {
        jdbc.sql("update ACT_RU_AUTHORIZATION set PERMS_ = PERMS_ " + sign + " " + READ
                + " where GROUP_ID_ = ? and RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*'").params(OFFICE, TASK_RESOURCE).update();
    }

    private static double[] measure(ProcessEngine engine, JdbcClient jdbc, boolean postgres, String filter, int expected) {
        if (postgres) {
            jdbc.sql("analyze").update();
        }
        FilterService filters = engine.getFilterService();
        return Person.as(engine.getIdentityService(), OFFICE, List.of(OFFICE), () -> {
            long count = filters.count(filter);
            if (count < expected) {
                throw new IllegalStateException("the office sees " + count + " of " + expected + " tasks");
            }
            for (int i = 0; i < 5; i++) {
                filters.count(filter);
                filters.listPage(filter, 0, 15);
            }
            List<Double> counts = new ArrayList<>();
            List<Double> pages = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                filters.count(filter);
                long counted = System.nanoTime();
                filters.listPage(filter, 0, 15);
                pages.add((System.nanoTime() - counted) / 1e6);
                counts.add((counted - start) / 1e6);
            }
            return new double[] {median(counts), median(pages)};
        });
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
