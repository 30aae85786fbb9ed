package org.caq.benchmark.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bare engine of the peak probes holds what the application's engine holds: the same lists for the same user
 * (authorization on, per-task grants copied), the same case trail, and again after the source changed.
 */
class BareEngineTest {

    private static final AtomicInteger SOURCES = new AtomicInteger();

    private HikariDataSource sourceData;
    private ProcessEngine source;
    private BareEngine bare;

    @BeforeEach
    void engineWithTasks() {
        sourceData = new HikariDataSource();
        String name = "bare-engine-test-" + SOURCES.incrementAndGet();
        sourceData.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        sourceData.setUsername("sa");
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(sourceData);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        source = configuration.buildProcessEngine();
        addTasks("unit-a", 3);
        addTasks("unit-b", 1);
        Filter mine = source.getFilterService().newTaskFilter("本单位待办").setOwner("admin")
                .setQuery(source.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"))
                .setProperties(Map.of());
        source.getFilterService().saveFilter(mine);
        // every unit may read the filter; which tasks it lists is up to the per-task grants
        grant("unit-a", List.of(Resources.FILTER), Permissions.READ);
        grant("unit-b", List.of(Resources.FILTER), Permissions.READ);
        bare = BareEngine.beside(sourceData, "h2");
    }

    @AfterEach
    void close() {
        bare.close();
        source.close();
        sourceData.close();
    }

    @Test
    void aUnitSeesItsOwnTasksOnBothEnginesAndNoOneElses() {
        BareEngine.Copy copy = bare.refresh();

        assertThat(copy.rows()).isPositive();
        assertThat(counts("unit-a")).containsExactly(3L, 3L);
        assertThat(counts("unit-b")).containsExactly(1L, 1L);
    }

    @Test
    void aRefreshReplacesTheCopyWithTheSourceAsItIsNow() {
        bare.refresh();
        addTasks("unit-b", 2);

        assertThat(counts("unit-b")).containsExactly(3L, 1L);
        bare.refresh();
        assertThat(counts("unit-b")).containsExactly(3L, 3L);
        assertThat(counts("unit-a")).containsExactly(3L, 3L);
    }

    @Test
    void theTrailQueriesReadTheSameRowsOnBothEngines() {
        String instance = startOneTaskCase();
        bare.refresh();

        long rows = TrailQueries.rows(source, "admin", List.of("camunda-admin"), instance);
        assertThat(rows).isGreaterThan(3);
        assertThat(TrailQueries.rows(bare.engine(), "admin", List.of("camunda-admin"), instance)).isEqualTo(rows);
    }

    private String startOneTaskCase() {
        source.getRepositoryService().createDeployment().addModelInstance("one-task.bpmn", Bpmn.createExecutableProcess("one-task")
                .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Do").endEvent().done()).deploy();
        grant("camunda-admin", List.of(Resources.values()), Permissions.ALL);
        return source.getRuntimeService().startProcessInstanceByKey("one-task", "case-1").getId();
    }

    /** {@code group} holds {@code permission} on every instance of each resource. */
    private void grant(String group, List<Resources> resources, Permission permission) {
        for (Resources resource : resources) {
            Authorization grant = source.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(resource);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(permission);
            source.getAuthorizationService().saveAuthorization(grant);
        }
    }

    private void addTasks(String group, int n) {
        for (int i = 0; i < n; i++) {
            Task task = source.getTaskService().newTask();
            task.setName(group + " " + i);
            source.getTaskService().saveTask(task);
            source.getTaskService().addCandidateGroup(task.getId(), group);
        }
    }

    /** The filter's count as a member of {@code group}: on the source, then on the bare engine. */
    private List<Long> counts(String group) {
        String filter = source.getFilterService().createFilterQuery().filterName("本单位待办").singleResult().getId();
        return List.of(count(source, group, filter), count(bare.engine(), group, filter));
    }

    private static long count(ProcessEngine on, String group, String filter) {
        return Person.as(on.getIdentityService(), group, List.of(group), () -> on.getFilterService().count(filter));
    }
}
