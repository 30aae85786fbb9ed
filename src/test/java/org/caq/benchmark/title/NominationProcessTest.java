package org.caq.benchmark.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.recommendation.Nominations;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provincial titles feed the national selection (seed 002 §四(四); seed 004 §一(三)3, §二(二)1-3): the province's
 * national unit chooses from its province's titles in force, and the chosen holder applies to the national campaign
 * from the nomination with its provincial application carried over.
 */
@BenchmarkSpringTest
class NominationProcessTest {

    private static final int YEAR = 2025;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired HolidayArrangements arrangements;
    @Autowired Titles titles;
    @Autowired Applications applications;
    @Autowired Nominations nominations;
    @Autowired LevelRules rules;

    @Test
    void lets_jiangsu_s_unit_nominate_its_own_titles_and_the_holder_apply_nationally_with_its_provincial_form_carried_over() {
        String title = new TestTitles(engine, jdbc, store, accounts, arrangements, titles).jiangsu(1);
        String national = new TestTitles(engine, jdbc, store, accounts, arrangements, titles).national(8);
        BenchmarkTitle held = titles.find(title).orElseThrow();
        TestClock.moveTo(java.time.LocalDate.of(YEAR, 6, 2)); // before 004's 6-26 and 7-5 of the national year
        new TestCampaigns(engine, jdbc).openNational(YEAR, null);
        Map<String, Object> start = Map.of(NominationProcess.UNIT, "jiangsu",
                NominationProcess.CHOOSE_BY, TestClock.today().plusDays(5).toString(),
                NominationProcess.APPLY_BY, TestClock.today().plusDays(10).toString());

        assertThatThrownBy(() -> as("lu-officer", "unit-shandong", () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, start)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("只有江苏省工业和信息化厅可以从江苏省质量标杆中推荐");
        assertThatThrownBy(() -> as("su-officer", "unit-jiangsu", () -> runtime.startProcessInstanceByKey(NominationProcess.KEY,
                Map.of(NominationProcess.UNIT, "jiangsu", NominationProcess.CHOOSE_BY, TestClock.today().plusDays(5).toString(),
                        NominationProcess.APPLY_BY, YEAR + "-07-06"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不能晚于" + YEAR + "年全国质量标杆申报截止日期 " + YEAR + "-07-05");
        ProcessInstance pi = as("su-officer", "unit-jiangsu", () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, start));
        assertThat(pi.getBusinessKey()).isEqualTo(YEAR + "-national-jiangsu-tj");
        assertThatThrownBy(() -> as("su-officer", "unit-jiangsu", () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, start)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不能重复开启");

        Task choose = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(choose.getTaskDefinitionKey()).isEqualTo("UserTask_NominateTitles");
        assertThat(choose.getName()).contains(YEAR + "年全国质量标杆遴选", "江苏省工业和信息化厅择优推荐");
        assertThat(tasks.getIdentityLinksForTask(choose.getId())).extracting(IdentityLink::getGroupId).containsExactly("unit-jiangsu");
        assertThat((String) tasks.getVariable(choose.getId(), NominationProcess.ELIGIBLE_TITLES))
                .contains(title, held.enterpriseName()).doesNotContain(national);

        assertThatThrownBy(() -> tasks.complete(choose.getId(), Map.of(NominationProcess.NOMINATED, national)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("称号 " + national + " 不是江苏省质量标杆的有效称号");
        tasks.complete(choose.getId(), Map.of(NominationProcess.NOMINATED, title));

        Task apply = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(apply.getTaskDefinitionKey()).isEqualTo("UserTask_ApplyFromNomination");
        assertThat(apply.getAssignee()).isEqualTo(held.holderUser());
        assertThat(tasks.getVariable(apply.getId(), ApplicationProcess.ENTERPRISE_NAME)).isEqualTo(held.enterpriseName());
        assertThat(tasks.getVariable(apply.getId(), ApplicationProcess.BENCHMARK_NAME)).isEqualTo(held.benchmarkName());
        assertThat(tasks.getVariable(apply.getId(), ApplicationProcess.RECOMMENDING_UNIT)).isEqualTo("jiangsu");

        assertThatThrownBy(() -> as("applicant", "applicant", () -> {
            tasks.complete(apply.getId());
            return null;
        })).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        as(held.holderUser(), "applicant", () -> {
            tasks.complete(apply.getId(), Map.of(ApplicationProcess.CONTACT_PHONE, "025-88886666"));
            return null;
        });

        String application = nominations.applicationOf(pi.getBusinessKey(), title).orElseThrow();
        assertThat(application).startsWith(YEAR + "-national-");
        Applications.Case made = applications.find(application).orElseThrow();
        assertThat(made.applicantUser()).isEqualTo(held.holderUser());
        assertThat(made.recommendingUnit()).isEqualTo("jiangsu");
        assertThat(made.application().benchmarkName()).isEqualTo(held.benchmarkName());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()).isNull();
    }

    @Test
    void gives_shandong_s_one_to_two_per_city_to_the_nomination_and_leaves_its_provincial_intake_without_that_limit() {
        assertThat(rules.of("shandong").nominationsPerUnit()).isEqualTo(2);
        assertThat(rules.of("jiangsu").nominationsPerUnit()).isNull();
        assertThat(jdbc.sql("select distinct default_quota from recommending_unit where directory = 'shandong'")
                .query(Integer.class).list()).containsExactly(5);
    }

    private <T> T as(String user, String group, java.util.function.Supplier<T> action) {
        identity.setAuthentication(user, List.of(group));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
