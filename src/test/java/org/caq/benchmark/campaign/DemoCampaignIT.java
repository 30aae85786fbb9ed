package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestCampaigns;
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
}
