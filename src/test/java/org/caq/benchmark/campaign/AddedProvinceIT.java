package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures Art. 7 encourages the recommending units to run selections of their own. A third province, Zhejiang, is added
 * as an administrator adds one, without a rebuild: its directory and level rules in the installation's folder
 * (src/test/resources/installation-directory, named by benchmark.directory.folder). Its office starts its campaign
 * from the start form's "other province" option over REST, an enterprise applies to one of its cities, and the city
 * recommends it into form review.
 */
@BenchmarkSpringTest
class AddedProvinceIT {

    private static final String SUBMIT_FORM = "/engine-rest/process-definition/key/" + CampaignProcess.KEY + "/submit-form";

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired Applications applications;
    @Autowired Quotas quotas;
    @Autowired Campaigns campaignsOnRecord;
    @LocalServerPort int port;

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    private static byte[] startForm(String otherProvince) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignProcess.YEAR, Map.of("value", 2026));
        variables.put(CampaignProcess.LEVEL, Map.of("value", "provincial"));
        variables.put(CampaignProcess.PROVINCE, Map.of("value", CampaignProcess.PROVINCE_OTHER));
        variables.put(CampaignProcess.OTHER_PROVINCE, Map.of("value", otherProvince));
        variables.put(CampaignProcess.ORGANISER, Map.of("value", "浙江省经济和信息化厅"));
        variables.put(CampaignProcess.FOCUS_AREAS, Map.of("value", "智能制造"));
        variables.put(CampaignProcess.APPLICATION_OPENS, Map.of("value", "2026-06-01"));
        variables.put(CampaignProcess.APPLICATION_CLOSES, Map.of("value", "2026-07-10"));
        variables.put(CampaignProcess.RECOMMENDATION_DEADLINE, Map.of("value", "2026-07-20"));
        return new ObjectMapper().writeValueAsBytes(Map.of("variables", variables));
    }

    @Test
    void runs_a_selection_of_a_province_added_by_its_directory_and_level_rules_in_the_installation_s_folder() throws Exception {
        TestHttp http = new TestHttp(port);
        user("zhejiang-office-t", "office-zhejiang");
        user("hangzhou-officer", RecommendingUnit.groupOf("zhejiang-hangzhou"));

        HttpResponse<byte[]> unknown = http.post("zhejiang-office-t", SUBMIT_FORM, "application/json", startForm("fujian"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(unknown)).contains("省份 fujian 尚无本省推荐单位名录");
        HttpResponse<byte[]> foreign = http.post("jiangsu-office", SUBMIT_FORM, "application/json", startForm("zhejiang"));
        assertThat(foreign.statusCode()).as("Jiangsu's office").isEqualTo(400);
        assertThat(TestHttp.text(foreign)).contains("您只能发起本省的省级遴选活动");
        assertThat(http.post("zhejiang-office-t", SUBMIT_FORM, "application/json", startForm("zhejiang")).statusCode()).isEqualTo(200);

        Campaign campaign = campaignsOnRecord.find("2026-zhejiang").orElseThrow();
        assertThat(campaign.province()).isEqualTo("zhejiang");
        assertThat(campaign.officeGroup()).isEqualTo("office-zhejiang");
        assertThat(quotas.find(campaign.number(), "zhejiang-hangzhou")).contains(new Quotas.Quota(2, 0));
        TestCampaigns campaigns = new TestCampaigns(engine, jdbc);
        String notice = tasks.createTaskQuery().processInstanceId(campaigns.processInstanceOf(campaign.number())).singleResult().getId();
        assertThat(tasks.createTaskQuery().taskId(notice).taskCandidateGroup("office-zhejiang").count()).isEqualTo(1);
        tasks.complete(notice, Map.of(CampaignProcess.NOTICE_URL, "https://jxt.zj.gov.cn/2026-zhejiang"));
        campaigns.fireTimer(campaign.number(), "Event_ApplicationWindowOpens");

        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("zhejiang-hangzhou", "杭州新增省份精工有限公司", TestApplications.ZHEJIANG_CODE);
        // as Tasklist's start form sends it: the unit the form cannot list, chosen as 其他推荐单位 with its code
        form.put(ApplicationProcess.RECOMMENDING_UNIT, ApplicationProcess.OTHER_UNIT);
        form.put(ApplicationProcess.OTHER_RECOMMENDING_UNIT, "zhejiang-hangzhou");
        form.put(ApplicationProcess.REGION, "浙江省杭州市");
        ProcessInstance application = cases.submit(form);
        String number = application.getBusinessKey();
        assertThat(number).startsWith("2026-zhejiang-");
        String recommend = tasks.createTaskQuery().processInstanceId(application.getId()).singleResult().getId();
        assertThat(tasks.createTaskQuery().taskId(recommend).taskCandidateGroup("unit-zhejiang-hangzhou").count()).isEqualTo(1);
        cases.attachSealedRecommendation(number);
        HttpResponse<byte[]> recommended = http.post("hangzhou-officer", "/engine-rest/task/" + recommend + "/submit-form",
                "application/json", "{\"variables\":{\"recommendationDecision\":{\"value\":\"recommend\"}}}".getBytes());
        assertThat(recommended.statusCode()).isEqualTo(204);
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.MATERIALS_PENDING);
        // the notice's order (decision 0056): the materials after the unit's recommendation, then form review
        cases.attachRequiredMaterials(number, cases.applicantOf(form));
        tasks.complete(tasks.createTaskQuery().processInstanceId(application.getId()).singleResult().getId());
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_FORM_REVIEW);
        assertThat(quotas.find(campaign.number(), "zhejiang-hangzhou")).contains(new Quotas.Quota(2, 1));
    }
}
