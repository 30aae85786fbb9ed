package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application numbers stay unique and gap-free per campaign when enterprises submit at the same instant, in several
 * campaigns at once, and when a start is refused or rolled back. Runs on H2 and on PostgreSQL (the second failsafe
 * execution), each start in its own thread and transaction.
 */
@BenchmarkSpringTest
class ApplicationNumberingIT {

    /**
     * Campaigns other tests of the run also apply to (the shared national one, NoticesIT's Jiangsu one, and a Shandong
     * one no other integration test uses): numbers are checked from where each campaign stood.
     */
    private static final int NATIONAL = 2024;
    private static final int JIANGSU = 2015;
    private static final int SHANDONG = 2019;
    private static final int PER_CAMPAIGN = 8;

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired DocumentStore store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void simultaneous_starts_in_three_campaigns_take_every_number_once_without_a_gap() throws Exception {
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Map<String, Object>> firstForm = Map.of(
                campaigns.openNational(NATIONAL, null), TestApplications.form("hebei", "河北编号并发0号有限公司", TestApplications.HEBEI_CODE),
                campaigns.openProvincial(JIANGSU, "jiangsu", null), TestApplications.form("jiangsu-nanjing", "江苏编号并发0号有限公司", TestApplications.JIANGSU_CODE),
                campaigns.openProvincial(SHANDONG, "shandong", null), TestApplications.form("shandong-jinan", "山东编号并发0号有限公司", TestApplications.SHANDONG_CODE));
        Map<String, Integer> before = new java.util.HashMap<>();
        firstForm.keySet().forEach(campaign -> before.put(campaign, numbersOf(campaign).size()));
        List<Map<String, Object>> forms = new ArrayList<>();
        firstForm.forEach((campaign, form) -> IntStream.range(0, PER_CAMPAIGN).forEach(i -> {
            String enterprise = form.get(ApplicationProcess.ENTERPRISE_NAME).toString().replace("0号", i + "号");
            forms.add(TestApplications.form(form.get(ApplicationProcess.RECOMMENDING_UNIT).toString(), enterprise,
                    form.get(ApplicationProcess.CREDIT_CODE).toString()));
        }));
        List<String> applicants = forms.stream().map(cases::applicantOf).toList();

        CyclicBarrier together = new CyclicBarrier(forms.size());
        ExecutorService enterprises = Executors.newFixedThreadPool(forms.size());
        List<Future<ProcessInstance>> starts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Map<String, Object> form = forms.get(i);
            String applicant = applicants.get(i);
            starts.add(enterprises.submit(() -> {
                together.await();
                return cases.submit(applicant, form);
            }));
        }
        List<String> businessKeys = new ArrayList<>();
        for (Future<ProcessInstance> start : starts) {
            businessKeys.add(start.get().getBusinessKey());
        }
        enterprises.shutdown();

        for (String campaign : firstForm.keySet()) {
            int from = before.get(campaign);
            assertThat(numbersOf(campaign)).as("every number of the campaign once, none missing")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, from + PER_CAMPAIGN).mapToObj(n -> "%s-%04d".formatted(campaign, n)).toList());
            assertThat(businessKeys.stream().filter(key -> key.startsWith(campaign + "-"))).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(from + 1, from + PER_CAMPAIGN).mapToObj(n -> "%s-%04d".formatted(campaign, n)).toList());
        }
        for (String key : businessKeys) {
            ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
            assertThat(engine.getRuntimeService().getVariable(instance.getId(), ApplicationProcess.APPLICATION_NUMBER)).isEqualTo(key);
            assertThat(jdbc.sql("select process_instance_id from application where number = ?").param(key).query(String.class).single())
                    .isEqualTo(instance.getId());
        }
    }

    @Test
    void a_refused_start_and_a_rolled_back_start_leave_no_gap() {
        String campaign = new TestCampaigns(engine, jdbc).openProvincial(SHANDONG, "shandong", null);
        int from = numbersOf(campaign).size();
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> first = TestApplications.form("shandong-jinan", "山东编号回滚1号有限公司", TestApplications.SHANDONG_CODE);
        String firstNumber = cases.submit(first).getBusinessKey();

        Map<String, Object> refused = TestApplications.form("shandong-jinan", "山东编号回滚2号有限公司", TestApplications.SHANDONG_CODE);
        refused.put(ApplicationProcess.PROFIT_YEAR_1, -5);
        String refusedApplicant = cases.applicantOf(refused);
        assertThatThrownBy(() -> cases.submit(refusedApplicant, refused)).hasMessageContaining("利润");

        // numbered, then rolled back with the transaction it ran in
        Map<String, Object> rolledBack = TestApplications.form("shandong-jinan", "山东编号回滚3号有限公司", TestApplications.SHANDONG_CODE);
        String rolledBackApplicant = cases.applicantOf(rolledBack);
        String numberedThenUndone = transactions.execute(status -> {
            String number = cases.submit(rolledBackApplicant, rolledBack).getBusinessKey();
            status.setRollbackOnly();
            return number;
        });

        String next = cases.submit(TestApplications.form("shandong-jinan", "山东编号回滚4号有限公司", TestApplications.SHANDONG_CODE)).getBusinessKey();
        String one = "%s-%04d".formatted(campaign, from + 1);
        String two = "%s-%04d".formatted(campaign, from + 2);
        assertThat(firstNumber).isEqualTo(one);
        assertThat(numberedThenUndone).isEqualTo(two);
        assertThat(next).isEqualTo(two);
        assertThat(numbersOf(campaign)).endsWith(one, two).hasSize(from + 2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(two).count()).isOne();
    }

    /**
     * The campaign row is not held for a whole start (decision 0071): while one start's transaction is still open,
     * another start of the same campaign is numbered and committed; when the first rolls back, the number it held
     * goes to the next start, so the campaign keeps every number once.
     */
    @Test
    void a_start_holding_its_number_does_not_hold_up_the_next_and_a_number_given_up_goes_to_the_next_start() throws Exception {
        String campaign = new TestCampaigns(engine, jdbc).openProvincial(SHANDONG, "shandong", null);
        int from = numbersOf(campaign).size();
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> held = TestApplications.form("shandong-jinan", "山东编号占用1号有限公司", TestApplications.SHANDONG_CODE);
        Map<String, Object> meanwhile = TestApplications.form("shandong-jinan", "山东编号占用2号有限公司", TestApplications.SHANDONG_CODE);
        String heldApplicant = cases.applicantOf(held);
        String meanwhileApplicant = cases.applicantOf(meanwhile);
        ExecutorService other = Executors.newSingleThreadExecutor();
        String[] numbers = new String[2];
        try {
            transactions.executeWithoutResult(status -> {
                numbers[0] = cases.submit(heldApplicant, held).getBusinessKey();
                try {
                    numbers[1] = other.submit(() -> cases.submit(meanwhileApplicant, meanwhile).getBusinessKey())
                            .get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the second start waited for the first one's transaction", e);
                }
                status.setRollbackOnly();
            });
        } finally {
            other.shutdown();
        }
        assertThat(numbers).containsExactly("%s-%04d".formatted(campaign, from + 1), "%s-%04d".formatted(campaign, from + 2));

        String next = cases.submit(TestApplications.form("shandong-jinan", "山东编号占用3号有限公司", TestApplications.SHANDONG_CODE)).getBusinessKey();
        assertThat(next).as("the number the rolled-back start gave up").isEqualTo(numbers[0]);
        assertThat(numbersOf(campaign)).hasSize(from + 2).endsWith(numbers[0], numbers[1]);
        String after = cases.submit(TestApplications.form("shandong-jinan", "山东编号占用4号有限公司", TestApplications.SHANDONG_CODE)).getBusinessKey();
        assertThat(after).isEqualTo("%s-%04d".formatted(campaign, from + 3));
    }

    private List<String> numbersOf(String campaign) {
        return jdbc.sql("select number from application where campaign_number = ? order by number").param(campaign)
                .query(String.class).list();
    }
}
