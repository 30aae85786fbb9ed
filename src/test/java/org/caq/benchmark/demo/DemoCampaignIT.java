package org.caq.benchmark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's open campaign is started as the office would, through the real process and its authorizations. */
@BenchmarkSpringTest
class DemoCampaignIT {

    @Autowired ProcessEngine engine;
    @Autowired Campaigns campaigns;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired DocumentStore store;
    @Autowired Applications applications;

    @Test
    void starts_this_year_s_national_campaign_once_with_its_notice_published_and_its_window_due_now() {
        DemoCampaign demo = new DemoCampaign(engine.getRuntimeService(), engine.getTaskService(),
                engine.getIdentityService(), campaigns, clock);
        String number = LocalDate.now(clock).getYear() + "-national";

        demo.ensure();
        demo.ensure();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
        assertThat(campaigns.noticeUrl(number)).isPresent();
        new TestCampaigns(engine, jdbc).fireTimer(number, "Event_ApplicationWindowOpens");
        assertThat(campaigns.status(number)).contains(CampaignStatus.OPEN);
        jdbc.sql("update campaign set status = 'CLOSED' where number = ?").param(number).update();
    }

    @Test
    void prepares_this_year_s_jiangsu_campaign_up_to_expert_review_through_the_real_processes() {
        new DemoReviewCampaign(engine, campaigns, store, clock).ensure();
        String number = LocalDate.now(clock).getYear() + "-jiangsu";

        assertThat(campaigns.status(number)).contains(CampaignStatus.RECOMMENDATION_CLOSED);
        assertThat(applications.inCampaign(number)).hasSize(4)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ApplicationStatus.AWAITING_MATERIAL_REVIEW));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_ConcludeFormReview");
    }
}
