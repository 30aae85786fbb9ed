package org.caq.benchmark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo starts with this year's national campaign open for applications, as the office would have set it up:
 * started, notice published, window open from a week ago for six weeks. Runs once; a restart finds it.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "benchmark.demo.campaign", havingValue = "true", matchIfMissing = true)
class DemoCampaign extends DemoPreparation {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);
    /** Prepared last: last year's national campaign must have closed its window first. */
    static final int PHASE = 2;
    static final String OFFICE_USER = "office";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Campaigns campaigns;
    private final Clock clock;

    DemoCampaign(RuntimeService runtime, TaskService tasks, IdentityService identity, Campaigns campaigns, Clock clock) {
        super(PHASE);
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    protected void ensure() {
        LocalDate today = LocalDate.now(clock);
        String number = Campaign.numberOf(today.getYear(), CampaignLevel.NATIONAL, null);
        if (campaigns.find(number).isPresent()) {
            return;
        }
        identity.setAuthentication(OFFICE_USER, List.of(ProcedureGroup.OFFICE.id()));
        try {
            ProcessInstance campaign = runtime.startProcessInstanceByKey(CampaignProcess.KEY, settings(today));
            String task = tasks.createTaskQuery().processInstanceId(campaign.getId()).singleResult().getId();
            tasks.complete(task, Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/demo/" + number));
            log.info("Demo campaign {} started; its window opens as soon as the job executor runs its timer", number);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Map<String, Object> settings(LocalDate today) {
        LocalDate opens = today.minusDays(7).getYear() == today.getYear() ? today.minusDays(7) : today.withDayOfYear(1);
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, today.getYear());
        settings.put(CampaignProcess.LEVEL, CampaignLevel.NATIONAL.value());
        settings.put(CampaignProcess.ORGANISER, "中国质量协会");
        settings.put(CampaignProcess.FOCUS_AREAS, "供应链管理\n现场管理\n智能制造\n新型生产方式下的质量控制\n中小企业");
        settings.put(CampaignProcess.APPLICATION_OPENS, opens.toString());
        settings.put(CampaignProcess.APPLICATION_CLOSES, today.plusWeeks(6).toString());
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, today.plusWeeks(8).toString());
        settings.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, "jiangsu");
        return settings;
    }
}
