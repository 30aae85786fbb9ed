package org.caq.benchmark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCalendarYears;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.publicity.ObjectionIntake;
import org.caq.benchmark.publicity.Publicities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's finished campaign shows on the public pages: publicity, announcement, registry, a revocation notice, each
 * on its own date of last year. In a year whose predecessor's holiday arrangement is missing, the demo still starts and
 * its campaign waits where the procedure would.
 */
@BenchmarkSpringTest
class DemoPublishedCampaignIT {

    @Autowired ProcessEngine engine;
    @Autowired Campaigns campaigns;
    @Autowired DocumentStore store;
    @Autowired ObjectionIntake intake;
    @Autowired HolidayArrangements arrangements;
    @Autowired Publicities publicities;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    private List<Map<String, Object>> list(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private DemoPublishedCampaign demo() {
        return new DemoPublishedCampaign(engine, campaigns, store, intake, arrangements, publicities);
    }

    @Test
    void carries_last_year_s_campaign_through_publicity_announcement_and_a_revocation_once_on_last_year_s_dates() {
        demo().ensure();
        demo().ensure();
        TestClock.moveTo(TestClock.TODAY);
        String campaign = (TestClock.TODAY.getYear() - 1) + "-national";

        Map<String, Object> publicity = list("/public/api/publicity").stream()
                .filter(p -> campaign.equals(p.get("campaign"))).findFirst().orElseThrow();
        assertThat(publicity.get("status")).isEqualTo("公示已结束");
        assertThat(publicity.get("startsOn")).isEqualTo("2025-09-15");
        assertThat(publicity.get("endsOn")).isEqualTo(arrangements.calendar().period(LocalDate.of(2025, 9, 15), 10).end().toString());
        assertThat((List<Map<String, Object>>) publicity.get("entries")).extracting(e -> e.get("withdrawn"))
                .containsExactly(true, false, false);
        Map<String, Object> announcement = rest.getForObject("/public/api/announcements/" + campaign, Map.class);
        assertThat((List<?>) announcement.get("benchmarks")).hasSize(2);
        assertThat((String) announcement.get("publishedOn")).startsWith("2025-10");
        assertThat((List<Map<String, Object>>) rest.getForObject("/public/api/registry?year=" + (TestClock.TODAY.getYear() - 1),
                Map.class).get("entries")).filteredOn(t -> ((String) t.get("titleNumber")).startsWith(campaign))
                .extracting(t -> t.get("status")).containsExactly("ACTIVE", "REVOKED");
        assertThat(list("/public/api/revocations")).filteredOn(n -> ((String) n.get("titleNumber")).startsWith(campaign)).singleElement()
                .satisfies(n -> assertThat((String) n.get("text")).contains("发生重大质量责任事故"));
        assertThat(rest.withBasicAuth("applicant9", "demo").exchange("/api/applications/mine/status", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody())
                .as("the holder sees the title revoked, with its notice, not 获评质量标杆")
                .filteredOn(a -> ((String) a.get("number")).startsWith(campaign)).singleElement().satisfies(a -> {
                    assertThat((String) a.get("statusName")).startsWith("质量标杆称号已撤销").contains("发生重大质量责任事故");
                    assertThat((Map<String, Object>) a.get("title")).containsEntry("revoked", true)
                            .satisfies(t -> assertThat((String) t.get("notice")).contains("撤销"));
                    assertThat(a.get("next")).isNull();
                });
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult()
                .getStartTime()).isBetween(java.sql.Timestamp.valueOf("2025-05-05 00:00:00"), java.sql.Timestamp.valueOf("2025-05-07 00:00:00"));
        assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + campaign, String.class)
                .getStatusCode()).as("the campaign's trail, its steps completed with no user logged in").isEqualTo(HttpStatus.OK);
        for (String application : jdbc.sql("select number from application where campaign_number = ?").param(campaign)
                .query(String.class).list()) {
            assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + application, String.class)
                    .getStatusCode()).as(application).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void starts_in_a_year_whose_last_year_has_no_arrangement_and_waits_for_it_then_publishes_once_it_is_added() {
        int year = TestCalendarYears.firstMissingAfter(arrangements, 2029);
        TestClock.moveTo(LocalDate.of(year + 1, 3, 2));
        demo().ensure();
        TestClock.moveTo(LocalDate.of(year + 1, 3, 2));
        String campaign = year + "-national";

        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaign).singleResult();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getName())
                .isEqualTo("补充 " + year + " 年节假日安排后发布公示 " + year + "年全国质量标杆遴选");
        assertThat(publicities.find(campaign)).isEmpty();

        new TestCalendarYears(rest).add(year);
        new TestCalendarYears(rest).add(year + 1);
        TestCalendarYears.runResumedPublications(engine, pi);
        assertThat(publicities.find(campaign)).hasValueSatisfying(p -> assertThat(p.startsOn()).isEqualTo(
                TestCalendarYears.firstWorkingDay(arrangements, LocalDate.of(year + 1, 3, 2))));
    }
}
