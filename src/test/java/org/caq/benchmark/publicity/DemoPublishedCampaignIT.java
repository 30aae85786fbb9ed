package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's finished campaign shows on the public pages: publicity, announcement, registry, a revocation notice. */
@BenchmarkSpringTest
class DemoPublishedCampaignIT {

    @Autowired ProcessEngine engine;
    @Autowired Campaigns campaigns;
    @Autowired DocumentStore store;
    @Autowired ObjectionIntake intake;
    @Autowired HolidayArrangements arrangements;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TestRestTemplate rest;
    @Value("${benchmark.calendar.directory}") Path calendarDirectory;

    @AfterEach
    void removeStandIn() {
        TestPreliminaryLists.removeStandIn(calendarDirectory);
    }

    private List<Map<String, Object>> list(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    @Test
    void carries_last_year_s_campaign_through_publicity_announcement_and_a_revocation_once() {
        TestPreliminaryLists.publicityStart(arrangements, calendarDirectory);
        DemoPublishedCampaign demo = new DemoPublishedCampaign(engine, campaigns, store, intake, arrangements, jdbc, clock);
        demo.ensure();
        demo.ensure();
        String campaign = (LocalDate.now(clock).getYear() - 1) + "-national";

        Map<String, Object> publicity = list("/public/api/publicity").stream()
                .filter(p -> campaign.equals(p.get("campaign"))).findFirst().orElseThrow();
        assertThat(publicity.get("status")).isEqualTo("公示已结束");
        assertThat((List<Map<String, Object>>) publicity.get("entries")).extracting(e -> e.get("withdrawn"))
                .containsExactly(true, false, false);
        Map<String, Object> announcement = rest.getForObject("/public/api/announcements/" + campaign, Map.class);
        assertThat((List<?>) announcement.get("benchmarks")).hasSize(2);
        assertThat(list("/public/api/registry")).filteredOn(t -> ((String) t.get("titleNumber")).startsWith(campaign))
                .extracting(t -> t.get("status")).containsExactly("ACTIVE", "REVOKED");
        assertThat(list("/public/api/revocations")).singleElement()
                .satisfies(n -> assertThat((String) n.get("text")).contains("发生重大质量责任事故"));
        assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + campaign, String.class)
                .getStatusCode()).as("the campaign's trail, its steps completed with no user logged in").isEqualTo(HttpStatus.OK);
        for (String application : jdbc.sql("select number from application where campaign_number = ?").param(campaign)
                .query(String.class).list()) {
            assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + application, String.class)
                    .getStatusCode()).as(application).isEqualTo(HttpStatus.OK);
        }
    }
}
