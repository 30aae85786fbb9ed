package org.caq.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.model.CampaignProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns for tests, driven through their real process: started, notice published, window opened by
 * executing its timer. One window is open per directory at a time, as in reality: opening one closes the
 * others of its directory.
 */
public final class TestCampaigns {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    public TestCampaigns(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** A national campaign of the year with its window open now. */
    public String openNational(int year, String quotaAdjustments) {
        return open(year + "-national", settings(year, "national", null, quotaAdjustments));
    }

    /**
     * A national campaign whose listed units ran an activity of their own and may recommend up to five (seed 001
     * §1(2)3), with its window open now.
     */
    public String openNational(int year, String quotaAdjustments, java.util.List<String> ranOwnActivityUnits) {
        Map<String, Object> settings = settings(year, "national", null, quotaAdjustments);
        settings.put(CampaignProcess.RAN_OWN_ACTIVITY_UNITS, String.join(",", ranOwnActivityUnits));
        return open(year + "-national", settings);
    }

    /**
     * A national campaign of the year registered with its notice published, its window not yet opened: it closes no
     * other campaign's window, so a test may add it beside the others of the run.
     */
    public String registerNational(int year) {
        String number = year + "-national";
        register(number, settings(year, "national", null, null));
        return number;
    }

    /** A provincial campaign registered with its notice published, its window not yet opened (it closes no other's). */
    public String registerProvincial(int year, String province) {
        String number = year + "-" + province;
        register(number, settings(year, "provincial", province, null));
        return number;
    }

    /** A provincial campaign of the year with its window open now. */
    public String openProvincial(int year, String province, String quotaAdjustments) {
        return open(year + "-" + province, settings(year, "provincial", province, quotaAdjustments));
    }

    /** A provincial campaign whose office chose, at the start, not to publicise its list (where its notice has none). */
    public String openProvincialWithoutPublicity(int year, String province) {
        Map<String, Object> settings = settings(year, "provincial", province, null);
        settings.put(CampaignProcess.WITH_PUBLICITY, false);
        return open(year + "-" + province, settings);
    }

    public String processInstanceOf(String campaignNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaignNumber)
                .singleResult().getId();
    }

    /** Fires the campaign's timer waiting at the given event, as the job executor would at its due time. */
    public void fireTimer(String campaignNumber, String eventId) {
        Job job = engine.getManagementService().createJobQuery()
                .processInstanceId(processInstanceOf(campaignNumber)).activityId(eventId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** Starts the campaign and publishes its notice, unless it exists; answers whether it existed. */
    private boolean register(String number, Map<String, Object> settings) {
        boolean exists = jdbc.sql("select count(*) from campaign where number = ?").param(number)
                .query(Integer.class).single() > 0;
        if (!exists) {
            ProcessInstance campaign = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, settings);
            String task = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).singleResult().getId();
            engine.getTaskService().complete(task, Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/" + number));
        }
        return exists;
    }

    private String open(String number, Map<String, Object> settings) {
        boolean exists = register(number, settings);
        String directoryCondition = settings.get(CampaignProcess.PROVINCE) == null
                ? "level = 'national'" : "province = '" + settings.get(CampaignProcess.PROVINCE) + "'";
        jdbc.sql("update campaign set status = 'CLOSED' where status = 'OPEN' and number <> ? and " + directoryCondition)
                .param(number).update();
        if (!exists || windowWaitsToOpen(number)) {
            fireTimer(number, "Event_ApplicationWindowOpens");
        } else {
            jdbc.sql("update campaign set status = 'OPEN' where number = ?").param(number).update();
        }
        return number;
    }

    /** Registered by another test (its notice published) and not yet opened. */
    private boolean windowWaitsToOpen(String number) {
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
                .processInstanceBusinessKey(number).singleResult();
        return campaign != null && engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
                .activityId("Event_ApplicationWindowOpens").count() > 0;
    }

    private static Map<String, Object> settings(int year, String level, String province, String quotaAdjustments) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, year);
        settings.put(CampaignProcess.LEVEL, level);
        settings.put(CampaignProcess.PROVINCE, province);
        settings.put(CampaignProcess.ORGANISER, province == null ? "中国质量协会" : "省工业和信息化厅");
        settings.put(CampaignProcess.FOCUS_AREAS, "智能制造\n供应链管理");
        settings.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        settings.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        settings.put(CampaignProcess.QUOTA_ADJUSTMENTS, quotaAdjustments);
        return settings;
    }
}
