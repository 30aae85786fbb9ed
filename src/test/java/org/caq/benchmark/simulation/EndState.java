package org.caq.benchmark.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.model.ApplicationProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a simulated year ended consistently: every case ended, in exactly one outcome that its record agrees
 * with; no quota exceeded; every review submitted or recused and every reviewed application scored by the full
 * panel and deliberated; nothing left running, no job, no incident.
 */
final class EndState {

    /** The case's outcomes: the end events of the whole case. */
    private static final Set<String> OUTCOMES = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOutcome)
            .map(ApplicationStatus::elementId).collect(Collectors.toSet());

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private long timersFired;

    EndState(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    EndState check(List<SimulatedCampaign.Outcome> years, int expertsPerApplication) {
        // every case's end events, read once for all years (a sub-process's own end is not an outcome)
        Map<String, List<String>> outcomesOf = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityType("noneEndEvent").list().stream().filter(a -> OUTCOMES.contains(a.getActivityId()))
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId,
                        Collectors.mapping(HistoricActivityInstance::getActivityId, Collectors.toList())));
        for (SimulatedCampaign.Outcome year : years) {
            checkCases(year, outcomesOf);
        }
        int over = jdbc.sql("select count(*) from campaign_quota where used > quota").query(Integer.class).single();
        int beyond = jdbc.sql("""
                select count(*) from (select a.campaign_number, a.recommending_unit, count(*) n from application a
                  where a.status not in ('NOT_RECOMMENDED', 'NOT_RECOMMENDED_IN_TIME', 
                                         'AWAITING_RECOMMENDATION', 'RETURNED_FOR_REVISION')
                  group by a.campaign_number, a.recommending_unit) r
                join campaign_quota q on q.campaign_number = r.campaign_number and q.unit_code = r.recommending_unit
                where r.n > q.quota""").query(Integer.class).single();
        require(over == 0 && beyond == 0, "quota exceeded: " + over + " quota rows, " + beyond + " units recommending more than their quota");
        // no lost update: each unit's used places are exactly its recommended applications
        int miscounted = jdbc.sql("""
                select count(*) from campaign_quota q where q.used <> (select count(*) from application a
                  where a.campaign_number = q.campaign_number and a.recommending_unit = q.unit_code
                  and a.status not in ('NOT_RECOMMENDED', 'NOT_RECOMMENDED_IN_TIME', 
                                       'AWAITING_RECOMMENDATION', 'RETURNED_FOR_REVISION'))""").query(Integer.class).single();
        require(miscounted == 0, miscounted + " units whose used quota differs from their recommended applications");
        int open = jdbc.sql("select count(*) from review_assignment where status not in ('SUBMITTED', 'RECUSED')").query(Integer.class).single();
        require(open == 0, open + " reviews neither submitted nor recused");
        int unscored = jdbc.sql("""
                select count(*) from (select application_number, stage, count(*) n from review_assignment
                  where status = 'SUBMITTED' group by application_number, stage) s where s.n <> ?""")
                .param(expertsPerApplication).query(Integer.class).single();
        require(unscored == 0, unscored + " application stages without exactly " + expertsPerApplication + " submitted scores");
        int undeliberated = jdbc.sql("""
                select count(*) from (select distinct campaign_number, group_code, stage from review_assignment) g
                where not exists (select 1 from deliberation d where d.campaign_number = g.campaign_number
                  and d.group_code = g.group_code and d.stage = g.stage)""").query(Integer.class).single();
        require(undeliberated == 0, undeliberated + " groups' stages reviewed but not deliberated");
        long running = engine.getRuntimeService().createProcessInstanceQuery().count();
        // the engine's own history-cleanup job belongs to no case
        List<String> jobs = engine.getManagementService().createJobQuery().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).map(job -> job.getProcessDefinitionKey() + " " + job.getProcessInstanceId() + " due " + job.getDuedate()).toList();
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        require(running == 0, running + " process instances still running");
        require(jobs.isEmpty(), "jobs left: " + jobs);
        require(incidents == 0, incidents + " incidents");
        return this;
    }

    /** In a cluster: no job ran twice, and every timer of every case fired once. */
    void checkCluster() {
        // the engine's history cleanup is one everlasting job that runs again and again in its night window
        Map<String, Long> successes = engine.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
                .filter(log -> !HistoryCleanupJobHandler.TYPE.equals(log.getJobDefinitionType()))
                .collect(Collectors.groupingBy(log -> log.getJobId(), Collectors.counting()));
        long twice = successes.values().stream().filter(n -> n > 1).count();
        require(!successes.isEmpty(), "no job ran on the job executors");
        require(twice == 0, twice + " jobs ran more than once");
        Map<String, Long> firings = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityType("intermediateTimer").list().stream()
                .collect(Collectors.groupingBy(a -> a.getProcessInstanceId() + "/" + a.getActivityId(), Collectors.counting()));
        long repeated = firings.values().stream().filter(n -> n > 1).count();
        require(repeated == 0, repeated + " timers fired more than once");
        timersFired = successes.size();
    }

    long timersFired() {
        return timersFired;
    }

    private void checkCases(SimulatedCampaign.Outcome year, Map<String, List<String>> outcomesOf) {
        List<HistoricProcessInstance> cases = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ApplicationProcess.KEY).processInstanceBusinessKeyLike(year.campaign() + "-%").list();
        require(cases.size() == year.applications(), year.campaign() + ": " + cases.size() + " cases for " + year.applications() + " applications");
        Map<String, String> statusOf = jdbc.sql("select number, status from application where campaign_number = ?")
                .param(year.campaign()).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (HistoricProcessInstance c : cases) {
            ApplicationStatus status = ApplicationStatus.valueOf(statusOf.get(c.getBusinessKey()));
            List<String> ends = outcomesOf.getOrDefault(c.getId(), List.of());
            require(c.getEndTime() != null, c.getBusinessKey() + " still running");
            require(ends.size() == 1, c.getBusinessKey() + " ended " + ends.size() + " times: " + ends);
            require(status.isOutcome() && ends.contains(status.elementId()),
                    c.getBusinessKey() + " is " + status + " but ended at " + ends);
            outcomes.merge(status.displayName(), 1, Integer::sum);
        }
        long awarded = statusOf.values().stream().filter("AWARDED"::equals).count();
        long titles = jdbc.sql("select count(*) from benchmark_title where campaign_number = ?").param(year.campaign()).query(Long.class).single();
        require(awarded == titles, year.campaign() + ": " + awarded + " awarded, " + titles + " titles");
        long removed = statusOf.values().stream().filter("REMOVED_AFTER_OBJECTION"::equals).count();
        require(removed == year.upheld(), year.campaign() + ": " + year.upheld() + " objections upheld, " + removed + " removed");
        long revoked = jdbc.sql("select count(*) from benchmark_title where campaign_number = ? and status = 'REVOKED'")
                .param(year.campaign()).query(Long.class).single();
        require(revoked == (year.revoked() ? 1 : 0), year.campaign() + ": " + revoked + " titles revoked");
    }

    private void require(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    List<String> problems() {
        return problems;
    }

    Map<String, Integer> outcomes() {
        return outcomes;
    }
}
