package org.caq.benchmark.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestTitles;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.documents.NoticeTemplate;
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
 *
 * <p>A campaign's own rows follow (decision 0084): Zhejiang's 2014 campaign, whose case ended and whose one application
 * goes in the same run, goes with its quotas, committee, groups, undertakings, publicity, announcement, notices,
 * covering letter and notice template and their files; Zhejiang's 2015 campaign, still running, stays; its 2016
 * campaign, ended, stays while a title it awarded is held; its 2017 campaign, ended by a careless administrator while an
 * application of it still runs, stays. (Zhejiang is the province the tests add from an installation's folder; before
 * 2026 only RegistryPagesIT opens another campaign of it, 2019's, whose cases stay running and whose titles are held:
 * nothing of it is due.)
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
    @Autowired CampaignRetention campaignRetention;
    @Autowired TestRestTemplate http;
    @Value("${benchmark.documents.directory}") Path documents;

    @Test
    void removes_eleven_year_old_ended_cases_and_a_campaign_with_nothing_left_and_keeps_young_running_and_held_ones() {
        List<String> openNational = jdbc.sql("select number from campaign where level = 'national' and status = 'OPEN'")
                .query(String.class).list();
        List<String> openZhejiang = jdbc.sql("select number from campaign where province = 'zhejiang' and status = 'OPEN'")
                .query(String.class).list();
        String running = null;
        List<String> stillRunning = new ArrayList<>();
        try {
            TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
            TestApplications applications = new TestApplications(engine, store, accounts);
            Zhejiang zhejiang = zhejiangCampaigns(campaigns, applications, stillRunning);
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
            // an expert's notice of a review case: the application's number and the review's suffix
            for (String number : List.of(old, young, held, runningNumber)) {
                notice(number + "/MATERIAL/E01", number);
            }
            assertThat(filesOf(old)).hasSize(3);
            // an expert's notice of a review case: the application's number and the review's suffix

            TestClock.moveTo(CLEANUP);
            Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
            engine.getManagementService().executeJob(cleanup.getId());
            RecordRetention.Removed removed = retention.removeExpired(10, Long.MAX_VALUE);
            CampaignRetention.Removed removedCampaigns = campaignRetention.removeExpired(10, Long.MAX_VALUE);

            // the old national case and the gone Zhejiang campaign's one application
            assertThat(removed.applications()).isEqualTo(2);
            assertThat(removed.files()).isEqualTo(6);
            assertThat(count("select count(*) from application where number = ?", old)).isZero();
            assertThat(count("select count(*) from application_document where application_number = ?", old)).isZero();
            assertThat(count("select count(*) from application_receipt where application_number = ?", old)).isZero();
            assertThat(filesOf(old)).isEmpty();
            assertThat(count("select count(*) from notice where business_key = ? or business_key like ?", old, old + "/%")).isZero();
            for (String kept : List.of(young, runningNumber, held)) {
                assertThat(count("select count(*) from application where number = ?", kept)).as(kept).isOne();
                assertThat(count("select count(*) from application_document where application_number = ?", kept)).as(kept).isEqualTo(3);
                assertThat(filesOf(kept)).as(kept).hasSize(3);
                assertThat(count("select count(*) from notice where case_number = ?", kept)).as(kept).isPositive();
            }
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).count()).isOne();
            assertThat(registryOfYearOf(held)).contains(held + "-T");
            assertCampaignGone(zhejiang.gone(), zhejiang.goneFiles(), removedCampaigns);
            for (String kept : List.of(zhejiang.running(), zhejiang.held(), zhejiang.withApplication(), YEAR + "-national")) {
                assertThat(count("select count(*) from campaign where number = ?", kept)).as(kept).isOne();
                assertThat(count("select count(*) from campaign_quota where campaign_number = ?", kept)).as(kept).isPositive();
            }
            assertThat(count("select count(*) from announcement where campaign_number = ?", zhejiang.held())).isOne();
            assertThat(registryOfYearOf(zhejiang.heldApplication())).contains(zhejiang.heldApplication() + "-T");
            assertThat(http.getForObject("/public/api/announcements/" + zhejiang.held(), String.class))
                    .contains(zhejiang.heldApplication() + "-T");
            // nothing more is due: a second run finds nothing
            assertThat(retention.removeExpired(10, Long.MAX_VALUE).applications()).isZero();
            assertThat(campaignRetention.removeExpired(10, Long.MAX_VALUE).campaigns()).isZero();
        } finally {
            if (running != null) {
                engine.getRuntimeService().deleteProcessInstance(running, "test over");
            }
            stillRunning.forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance, "test over"));
            jdbc.sql("update campaign set status = 'CLOSED' where number = ?").param(YEAR + "-national").update();
            jdbc.sql("update campaign set status = 'CLOSED' where province = 'zhejiang' and campaign_year < 2026").update();
            for (String number : openNational) {
                jdbc.sql("update campaign set status = 'OPEN' where number = ?").param(number).update();
            }
            for (String number : openZhejiang) {
                jdbc.sql("update campaign set status = 'OPEN' where number = ?").param(number).update();
            }
        }
    }

    /** Zhejiang's campaigns of 2014 to 2017 and what hangs on them (the class comment says which goes and which stays). */
    private record Zhejiang(String gone, List<String> goneFiles, String running, String held, String heldApplication,
            String withApplication) {
    }

    private Zhejiang zhejiangCampaigns(TestCampaigns campaigns, TestApplications applications, List<String> stillRunning) {
        TestClock.moveTo(LocalDate.of(2014, 3, 1));
        String gone = campaigns.openProvincial(2014, "zhejiang", null);
        String goneApplication = declined(applications, "保留期浙江旧活动有限公司", "zhejiang-hangzhou", TestApplications.ZHEJIANG_CODE);
        List<String> goneFiles = campaignRows(gone, goneApplication);
        String running = campaigns.registerProvincial(2015, "zhejiang");
        stillRunning.add(campaigns.processInstanceOf(running));
        TestClock.moveTo(LocalDate.of(2015, 3, 1));
        String held = campaigns.openProvincial(2016, "zhejiang", null);
        String heldApplication = declined(applications, "保留期浙江称号有限公司", "zhejiang-ningbo", TestApplications.ZHEJIANG_CODE);
        holdTitle(heldApplication);
        TestClock.moveTo(LocalDate.of(2016, 3, 1));
        String withApplication = campaigns.openProvincial(2017, "zhejiang", null);
        String left = submitted(applications, TestApplications.form("zhejiang-hangzhou", "保留期浙江在办有限公司", TestApplications.ZHEJIANG_CODE));
        stillRunning.add(left);
        for (String ended : List.of(gone, held, withApplication)) {
            engine.getRuntimeService().deleteProcessInstance(campaigns.processInstanceOf(ended), "活动已结束");
        }
        return new Zhejiang(gone, goneFiles, running, held, heldApplication, withApplication);
    }

    /**
     * What hangs on a campaign besides its applications: its committee and a group with a member, an expert's
     * undertaking, a deliberation's record, its publicity and announcement, a notice of its own and one of its group
     * review, a city's covering letter and the notice's template with their files. Answers the files' ids.
     */
    private List<String> campaignRows(String campaign, String application) {
        jdbc.sql("""
                insert into committee (campaign_number, chair, vice_chair, experts_per_application, aggregation_policy, weights, max_score)
                values (?, 'E01', 'E02', 5, 'TRIMMED_MEAN', '1,1,1', 100)""").param(campaign).update();
        jdbc.sql("insert into expert_group (campaign_number, code, name, categories, leader) values (?, 'G1', '第一组', '1', 'E01')")
                .param(campaign).update();
        jdbc.sql("insert into expert_group_member (campaign_number, group_code, expert_code) values (?, 'G1', 'E02')").param(campaign)
                .update();
        jdbc.sql("insert into confidentiality_undertaking (campaign_number, user_id, text_version, signed_at, signed_by) "
                + "values (?, 'expert2', 'v1', current_timestamp, 'expert2')").param(campaign).update();
        // the deliberation's case, long gone from the engine's history
        jdbc.sql("insert into deliberation_case (campaign_number, group_code, stage, process_instance_id) values (?, 'G1', 'MATERIAL', ?)")
                .params(campaign, "gone-" + campaign).update();
        jdbc.sql("insert into deliberation (campaign_number, group_code, stage, selected, rationale, decided_by, decided_at) "
                + "values (?, 'G1', 'MATERIAL', ?, '综合得分', 'expert1', current_timestamp)").params(campaign, application).update();
        jdbc.sql("insert into publicity (campaign_number, starts_on, ends_on, working_days, published_by, published_at, closed_at) "
                + "values (?, ?, ?, 10, 'office-zhejiang', current_timestamp, current_timestamp)")
                .params(campaign, Date.valueOf(LocalDate.of(2014, 9, 1)), Date.valueOf(LocalDate.of(2014, 9, 15))).update();
        jdbc.sql("insert into announcement (campaign_number, approved_by, approval_reference, approved_at, published_on, published_by) "
                + "values (?, 'office-zhejiang', '厅务会纪要', current_timestamp, ?, 'office-zhejiang')")
                .params(campaign, Date.valueOf(LocalDate.of(2014, 10, 8))).update();
        for (String key : List.of(campaign, campaign + "/MATERIAL/G1")) {
            notice(key, campaign);
        }
        String letter = store.savePdf("推荐文件", "推荐文件.pdf", pdf(), 1_000_000, file -> {
            jdbc.sql("insert into covering_letter (id, campaign_number, unit_code, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by, uploaded_at) values (?, ?, 'zhejiang-hangzhou', ?, ?, ?, ?, 'hangzhou-officer', current_timestamp)")
                    .params(file.id(), campaign, file.fileName(), file.contentType(), file.size(), file.sha256()).update();
            return file.id();
        });
        String template = store.saveTemplate(NoticeTemplate.SUMMARY, "总结材料模板.pdf", pdf(), file -> {
            jdbc.sql("insert into notice_template (id, campaign_number, template, file_name, content_type, size_bytes, sha256, "
                    + "uploaded_by, uploaded_at) values (?, ?, 'SUMMARY', ?, ?, ?, ?, 'office-zhejiang', current_timestamp)")
                    .params(file.id(), campaign, file.fileName(), file.contentType(), file.size(), file.sha256()).update();
            return file.id();
        });
        List<String> files = List.of(letter, template);
        files.forEach(id -> assertThat(documents.resolve("evidence").resolve(id)).exists());
        return files;
    }

    private void assertCampaignGone(String campaign, List<String> files, CampaignRetention.Removed removed) {
        assertThat(removed.campaigns()).isEqualTo(1);
        assertThat(removed.files()).isEqualTo(2);
        for (String table : List.of("campaign_quota", "committee", "expert_group", "expert_group_member", "confidentiality_undertaking",
                "deliberation", "deliberation_case", "publicity", "announcement", "covering_letter", "notice_template")) {
            assertThat(count("select count(*) from " + table + " where campaign_number = ?", campaign)).as(table).isZero();
        }
        assertThat(count("select count(*) from campaign where number = ?", campaign)).isZero();
        assertThat(count("select count(*) from notice where business_key = ? or business_key like ?", campaign, campaign + "/%")).isZero();
        files.forEach(id -> assertThat(documents.resolve("evidence").resolve(id)).doesNotExist());
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * An application of the open national campaign, its materials attached, declined by its unit: the case ends. (The
     * applicant's and the unit's steps in whichever order the application process has them.)
     */
    private String declined(TestApplications applications, String enterprise) {
        return declined(applications, enterprise, "zhejiang", TestApplications.ZHEJIANG_CODE);
    }

    private String declined(TestApplications applications, String enterprise, String unit, String creditCode) {
        String instance = submitted(applications, TestApplications.form(unit, enterprise, creditCode));
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
        return submitted(applications, TestApplications.form("zhejiang", enterprise, TestApplications.ZHEJIANG_CODE));
    }

    private String submitted(TestApplications applications, Map<String, Object> form) {
        String applicant = applications.applicantOf(form);
        var instance = applications.submit(applicant, form);
        applications.attachRequiredMaterials(TestApplications.numberOf(instance), applicant);
        return instance.getId();
    }

    /**
     * The application's title, held: as the announcement records it (the rows only; the title's own case, which a
     * held title's retention does not depend on, is not started).
     */
    /** A notice sent, as the outbox records it: its case is the business key up to the first '/'. */
    private void notice(String businessKey, String caseNumber) {
        jdbc.sql("insert into notice (id, event, business_key, case_number, recipient_user, subject, body, status, next_attempt_at, "
                + "created_at) values (?, 'TEST', ?, ?, 'office', '通知', '正文', 'SENT', current_timestamp, current_timestamp)")
                .params(UUID.randomUUID().toString(), businessKey, caseNumber).update();
    }

    /** The public registry's page of the year the application's campaign ran. */
    private String registryOfYearOf(String application) {
        int year = jdbc.sql("select c.campaign_year from application a join campaign c on c.number = a.campaign_number where a.number = ?")
                .param(application).query(Integer.class).single();
        return http.getForObject("/public/api/registry?year=" + year, String.class);
    }

    private void holdTitle(String number) {
        String campaign = jdbc.sql("select campaign_number from application where number = ?").param(number).query(String.class).single();
        jdbc.sql("""
                insert into announcement (campaign_number, approved_by, approval_reference, approved_at, document_number, title,
                    published_on, published_by)
                values (?, 'caq', '会长办公会纪要', current_timestamp, '中国质协字〔2020〕1号', '2020年全国质量标杆', ?, 'office')""")
                .params(campaign, Date.valueOf(OLD)).update();
        TestTitles.hold(jdbc, number + "-T001", number, OLD);
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

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
