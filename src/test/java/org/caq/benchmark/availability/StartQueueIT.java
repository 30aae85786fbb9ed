package org.caq.benchmark.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplicants;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An applicant's submission over the REST API that finds the start queue full is answered 503 with a Chinese
 * message and Retry-After, writes nothing and does not make the application think its database lost; once the
 * queue drains the same submission is accepted and numbered.
 */
@BenchmarkSpringTest
class StartQueueIT {

    private static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + ApplicationProcess.KEY + "/submit-form";

    @Autowired StartQueue queue;
    @Autowired DatabaseAvailability database;
    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicantAccounts accounts;

    @Test
    void a_submission_that_finds_the_queue_full_is_answered_503_in_chinese_with_retry_after_and_nothing_is_written() throws Exception {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        Map<String, Object> form = TestApplications.form("hebei", "河北排队已满有限公司", TestApplications.HEBEI_CODE);
        String applicant = TestApplicants.accountOf(accounts, (String) form.get(ApplicationProcess.ENTERPRISE_NAME),
                (String) form.get(ApplicationProcess.CREDIT_CODE));
        ExecutorService others = Executors.newCachedThreadPool();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(queue.concurrent());
        List<Future<?>> held = new ArrayList<>();
        ResponseEntity<Map> refused;
        try {
            for (int i = 0; i < queue.concurrent(); i++) {
                held.add(others.submit(() -> queue.admit(() -> {
                    running.countDown();
                    return await(release);
                })));
            }
            assertThat(running.await(30, TimeUnit.SECONDS)).as("every place taken").isTrue();
            for (int i = 0; i < queue.maxWaiting(); i++) {
                held.add(others.submit(() -> queue.admit(() -> null)));
            }
            awaitUntil(() -> queue.waiting() == queue.maxWaiting());

            refused = rest.withBasicAuth(applicant, TestApplicants.PASSWORD)
                    .postForEntity(SUBMIT_FORM, TestApplications.restBody(form), Map.class);
        } finally {
            release.countDown();
            for (Future<?> start : held) {
                start.get(60, TimeUnit.SECONDS);
            }
            others.shutdown();
        }

        assertThat(refused.getStatusCode().value()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(refused.getBody()).containsEntry("type", "ServerBusy");
        assertThat((String) refused.getBody().get("message")).contains("同时提交的请求过多", "未保存任何内容", "请在 5 秒后重试");
        assertThat(database.unreachable()).as("a full queue is not a lost database").isFalse();
        assertThat(jdbc.sql("select count(*) from application where enterprise_name = ?")
                .param(form.get(ApplicationProcess.ENTERPRISE_NAME)).query(Long.class).single()).isZero();

        ResponseEntity<Map> accepted = rest.withBasicAuth(applicant, TestApplicants.PASSWORD)
                .postForEntity(SUBMIT_FORM, TestApplications.restBody(form), Map.class);
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat((String) accepted.getBody().get("businessKey")).startsWith("2024-national-");
    }

    private static Object await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
