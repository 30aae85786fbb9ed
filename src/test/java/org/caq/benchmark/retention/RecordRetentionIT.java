package org.caq.benchmark.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The project's records follow the engine's history (decision 0077): eleven years after it started, a case that ended
 * loses its rows and stored files once the engine's cleanup has removed its history; a case started nine years
 * before stays, a case still running stays, and an application whose title is held stays, with the public registry
 * still listing the title. The cases are real ones of the 2020 national campaign, started on clocks set to 2019 and
 * 2021; the cleanups run on a clock set to 2030, when no other test's case is old enough to go (the others start
 * theirs on the tests' day, 2026, or later).
 */
@BenchmarkSpringTest
class RecordRetentionIT {

    /** The cases' campaign, whose window the test keeps open from 2019 to 2021. */
    private static final int YEAR = 2020;
    private static final LocalDate OLD = LocalDate.of(2019, 3, 1);
    private static final LocalDate YOUNG = LocalDate.of(2021, 3, 1);
    private static final LocalDate CLEANUP = LocalDate.of(2030, 3, 6);

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired RecordRetention retention;
    @Autowired TestRestTemplate http;
    @Value("${benchmark.documents.directory}") Path documents;

    @Test
    void removes_an_eleven_year_old_ended_case_with_its_files_and_keeps_young_running_and_held_ones() {
        List<String> openNational = jdbc.sql("select number from campaign where level = 'national' and status = 'OPEN'")
                .query(String.class).list();
        String running = null;
        try {
            TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
            TestApplications applications = new TestApplications(engine, store, accounts);
            TestClock.moveTo(OLD);
            campaigns.openNational(YEAR, null);
            String old = declined(applications, "保留期旧案有限公司");
            String held = declined(applications, "保留期称号有限公司");
            running = submitted(applications, "保留期在办有限公司");
            String runningNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).singleResult()
                    .getBusinessKey();
            holdTitle(held);
            TestClock.moveTo(YOUNG);
            String young = declined(applications, "保留期近案有限公司");
            assertThat(filesOf(old)).hasSize(3);

            TestClock.moveTo(CLEANUP);
            Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
            engine.getManagementService().executeJob(cleanup.getId());
            RecordRetention.Removed removed = retention.removeExpired(10, Long.MAX_VALUE);

            assertThat(removed.applications()).isEqualTo(1);
            assertThat(removed.files()).isEqualTo(3);
            assertThat(count("select count(*) from application where number = ?", old)).isZero();
            assertThat(count("select count(*) from application_document where application_number = ?", old)).isZero();
            assertThat(count("select count(*) from application_receipt where application_number = ?", old)).isZero();
            assertThat(filesOf(old)).isEmpty();
            for (String kept : List.of(young, runningNumber, held)) {
                assertThat(count("select count(*) from application where number = ?", kept)).as(kept).isOne();
                assertThat(count("select count(*) from application_document where application_number = ?", kept)).as(kept).isEqualTo(3);
                assertThat(filesOf(kept)).as(kept).hasSize(3);
            }
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).count()).isOne();
            assertThat(http.getForObject("/public/api/registry", String.class)).contains(held + "-T");
            // nothing more is due: a second run finds nothing
            assertThat(retention.removeExpired(10, Long.MAX_VALUE).applications()).isZero();
        } finally {
            if (running != null) {
                engine.getRuntimeService().deleteProcessInstance(running, "test over");
            }
            jdbc.sql("update campaign set status = 'CLOSED' where number = ?").param(YEAR + "-national").update();
            for (String number : openNational) {
                jdbc.sql("update campaign set status = 'OPEN' where number = ?").param(number).update();
            }
        }
    }

    /**
     * An application of the open national campaign, its materials attached, declined by its unit: the case ends. (The
     * applicant's and the unit's steps in whichever order the application process has them.)
     */
    private String declined(TestApplications applications, String enterprise) {
        String instance = submitted(applications, enterprise);
        for (Task task = next(instance); task != null; task = next(instance)) {
            if ("UserTask_RecommendApplication".equals(task.getTaskDefinitionKey())) {
                engine.getTaskService().complete(task.getId(), Map.of(ApplicationProcess.RECOMMENDATION_DECISION,
                        ApplicationProcess.DECLINE, ApplicationProcess.RECOMMENDATION_COMMENT, "本单位推荐名额已用完"));
            } else {
                engine.getTaskService().complete(task.getId());
            }
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    }

    private Task next(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** An application submitted with its materials stored, waiting for its first task; its process instance. */
    private String submitted(TestApplications applications, String enterprise) {
        Map<String, Object> form = TestApplications.form("zhejiang", enterprise, TestApplications.ZHEJIANG_CODE);
        String applicant = applications.applicantOf(form);
        var instance = applications.submit(applicant, form);
        applications.attachRequiredMaterials(TestApplications.numberOf(instance), applicant);
        return instance.getId();
    }

    /**
     * The application's title, held: as the announcement records it (the rows only; the title's own case, which a
     * held title's retention does not depend on, is not started).
     */
    private void holdTitle(String number) {
        String campaign = jdbc.sql("select campaign_number from application where number = ?").param(number).query(String.class).single();
        jdbc.sql("""
                insert into announcement (campaign_number, approved_by, approval_reference, approved_at, document_number, title,
                    published_on, published_by)
                values (?, 'caq', '会长办公会纪要', current_timestamp, '中国质协字〔2020〕1号', '2020年全国质量标杆', ?, 'office')""")
                .params(campaign, Date.valueOf(OLD)).update();
        jdbc.sql("""
                insert into benchmark_title (number, application_number, campaign_number, holder_user, awarded_on, status)
                select ?, number, campaign_number, applicant_user, ?, 'ACTIVE' from application where number = ?""")
                .params(number + "-T001", Date.valueOf(OLD), number).update();
    }

    private List<Path> filesOf(String number) {
        Path directory = documents.resolve(number);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long count(String sql, String number) {
        return jdbc.sql(sql).param(number).query(Long.class).single();
    }
}
