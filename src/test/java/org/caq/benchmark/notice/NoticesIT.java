package org.caq.benchmark.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestClock;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.TestObjections;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every notice through the real outbox, the real sender and the embedded SMTP server (GreenMail): recipient, subject and
 * body of each event; reminders once per due date; retries after a refused connection; nothing confidential in a mail.
 */
@BenchmarkSpringTest
class NoticesIT {

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired GreenMail greenMail;
    @Autowired NoticeSender sender;
    @Autowired Reminders reminders;
    @Autowired Notices notices;
    @Autowired HolidayArrangements arrangements;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    record Mail(String to, String subject, String body, String from) {
    }

    /** A year no other test uses: the units' quotas are this test's own. */
    @BeforeEach
    void campaign() {
        new TestCampaigns(engine, jdbc).openNational(2019, null);
    }

    /** Sends what is due and answers the messages received about this key (a number in subject or body). */
    private List<Mail> mails(String key) throws MessagingException, java.io.IOException {
        sender.sendDue();
        List<Mail> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String body = m.getContent().toString();
            String subject = m.getSubject();
            if (subject.contains(key) || body.contains(key)) {
                found.add(new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), subject, body.replace("\r\n", "\n"),
                        ((InternetAddress) m.getFrom()[0]).getPersonal()));
            }
        }
        return found;
    }

    /** Who applied with this case: the account of its enterprise. */
    private String applicantOf(String businessKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getStartUserId();
    }

    private List<Mail> to(String user, String key) throws MessagingException, java.io.IOException {
        return mails(key).stream().filter(m -> m.to().equals(user + (user.startsWith("t-") ? "@test.invalid" : "@demo.invalid"))).toList();
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), variables);
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    @Test
    void tells_the_applicant_of_each_step_and_the_unit_of_new_work_but_not_the_office() throws Exception {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu", "通知测试股份有限公司", TestApplications.JIANGSU_CODE);
        String applicant = cases.applicantOf(form);
        ProcessInstance pi = cases.submit(applicant, form);
        String number = pi.getBusinessKey();
        cases.attachRequiredMaterials(number, applicant);

        assertThat(to(applicant, number)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("【质量标杆遴选】申报 " + number + "：待推荐单位推荐");
            assertThat(m.body()).contains("您的申报“通知测试股份有限公司实施六西格玛设计的经验”（申报编号 " + number + "）状态已更新为：待推荐单位推荐。")
                    .contains("/applications.html").contains("全国质量标杆工作办公室");
        });
        assertThat(to("jiangsu", number)).singleElement().satisfies(m -> {
            // the task's name may carry a version mark (MigrationIT deploys 择优推荐（2027 版）)
            assertThat(m.subject()).startsWith("【质量标杆遴选】新的待办：择优推荐");
            assertThat(m.body()).contains("您有一项新的待办：择优推荐").contains("（质量标杆申报，" + number + "）。").contains("办理期限：")
                    .contains("/camunda/app/tasklist/");
        });

        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "return", ApplicationProcess.RECOMMENDATION_COMMENT, "请补充近三年质量指标数据。"));
        assertThat(to(applicant, number)).filteredOn(m -> m.subject().endsWith("已退回修改")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("说明：请补充近三年质量指标数据。").contains("（北京时间）前办理"));
        complete(pi, form);
        assertThat(to("jiangsu", number)).as("the revised application is new work again").hasSize(2);

        complete(pi, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        assertThat(to(applicant, number)).filteredOn(m -> m.subject().endsWith("：已获推荐，待上传申报材料")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("（北京时间）前办理"));
        complete(pi, Map.of());
        assertThat(to(applicant, number)).extracting(Mail::subject).contains("【质量标杆遴选】申报 " + number + "：形式审查中");
        assertThat(to("office", number)).as("the office works in Tasklist").isEmpty();

        complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "supplement", ApplicationProcess.FORM_REVIEW_REASON,
                "请补充加盖公章的申报书原件扫描件。", ApplicationProcess.SUPPLEMENT_DUE_DATE, TestClock.today().plusDays(5).toString()));
        assertThat(to(applicant, number)).filteredOn(m -> m.subject().endsWith("：待补正")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("说明：请补充加盖公章的申报书原件扫描件。")
                        .contains(TestClock.today().plusDays(6).getMonthValue() + "月"));
        complete(pi, form);
        complete(pi, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "pass"));
        assertThat(to(applicant, number)).extracting(Mail::subject)
                .contains("【质量标杆遴选】申报 " + number + "：形式审查通过，待资料评审");

        String trail = TestHttp.text(new TestHttp(port).get("auditor", "/api/audit/cases/" + number));
        assertThat(trail).contains("\"notices\":[{").contains("\"recipientAddress\":\"" + applicant + "@test.invalid\"")
                .contains("\"status\":\"SENT\"").contains("申报 " + number + "：形式审查通过，待资料评审");
        assertThat(TestHttp.text(new TestHttp(port).get("auditor", "/api/audit/cases/" + number + "/dossier.csv")))
                .contains("通知").contains("已发送");
    }

    /** A province's selection is run by its own office (level-rules.csv): its mail is signed and sent in that name. */
    @Test
    void signs_a_provincial_applicant_s_notices_in_the_name_of_the_office_running_its_selection() throws Exception {
        new TestCampaigns(engine, jdbc).openProvincial(2015, "jiangsu", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu-suzhou", "省级通知测试有限公司", TestApplications.JIANGSU_CODE);
        String applicant = cases.applicantOf(form);
        ProcessInstance pi = cases.submit(applicant, form);
        cases.attachRequiredMaterials(pi.getBusinessKey(), applicant);

        assertThat(to(applicant, pi.getBusinessKey())).singleElement().satisfies(m -> {
            assertThat(m.body()).endsWith("江苏省质量管理协会\n（本邮件由质量标杆遴选管理系统自动发送，请勿直接回复。）")
                    .doesNotContain("全国质量标杆工作办公室");
            assertThat(m.from()).isEqualTo("江苏省质量管理协会");
        });
        // the national campaign's mail keeps the national office's name
        new TestCampaigns(engine, jdbc).openNational(2019, null);
        Map<String, Object> national = TestApplications.form("jiangsu", "国家级通知测试有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance nationalCase = cases.submit(cases.applicantOf(national), national);
        cases.attachRequiredMaterials(nationalCase.getBusinessKey(), cases.applicantOf(national));
        assertThat(to(cases.applicantOf(national), nationalCase.getBusinessKey())).singleElement()
                .satisfies(m -> assertThat(m.from()).isEqualTo("全国质量标杆工作办公室"));
    }

    @Test
    void tells_the_applicant_why_it_was_not_recommended_or_failed_form_review() throws Exception {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> declinedForm = TestApplications.form("jiangsu", "未推荐有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance declined = cases.submit(declinedForm);
        cases.attachRequiredMaterials(declined.getBusinessKey(), cases.applicantOf(declinedForm));
        complete(declined, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "decline", ApplicationProcess.RECOMMENDATION_COMMENT, "名额有限，择优不推荐。"));
        assertThat(to(cases.applicantOf(declinedForm), declined.getBusinessKey())).filteredOn(m -> m.subject().endsWith("：未获推荐")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("说明：名额有限，择优不推荐。"));

        Map<String, Object> failedForm = TestApplications.form("jiangsu", "未通过有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance failed = cases.submit(failedForm);
        cases.attachRequiredMaterials(failed.getBusinessKey(), cases.applicantOf(failedForm));
        complete(failed, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, "recommend"));
        complete(failed, Map.of());
        complete(failed, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, "fail", ApplicationProcess.FORM_REVIEW_REASON, "申报单位不具有独立法人资格。"));
        assertThat(to(cases.applicantOf(failedForm), failed.getBusinessKey())).filteredOn(m -> m.subject().endsWith("：形式审查未通过")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("说明：申报单位不具有独立法人资格。"));
    }

    @Test
    void reminds_once_before_the_due_date_and_once_when_overdue() throws Exception {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu", "提醒测试有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance pi = cases.submit(form);
        String number = pi.getBusinessKey();
        cases.attachRequiredMaterials(number, cases.applicantOf(form));
        Task recommend = task(pi);
        tasks.setDueDate(recommend.getId(), Date.from(BeijingTime.now().plus(Duration.ofHours(40))));

        reminders.scan();
        reminders.scan();
        List<Mail> soon = to("jiangsu", "择优推荐").stream().filter(m -> m.subject().startsWith("【质量标杆遴选】待办即将到期")).toList();
        assertThat(notices.ofCase(pi.getId())).filteredOn(n -> n.event().equals("DUE_SOON")).hasSize(1);
        assertThat(soon).anySatisfy(m -> assertThat(m.body()).contains("您的待办“择优推荐").contains("将于").contains("（3 天内）"));

        tasks.setDueDate(recommend.getId(), Date.from(BeijingTime.now().minus(Duration.ofHours(1))));
        reminders.scan();
        reminders.scan();
        assertThat(notices.ofCase(pi.getId())).filteredOn(n -> n.event().equals("OVERDUE")).singleElement()
                .satisfies(n -> assertThat(n.recipientUser()).isEqualTo("jiangsu"));
        assertThat(to("jiangsu", "择优推荐")).anySatisfy(m -> assertThat(m.subject()).startsWith("【质量标杆遴选】待办已逾期：择优推荐"));
    }

    @Test
    void retries_a_notice_the_mail_server_refused_and_gives_up_after_the_last_attempt() throws Exception {
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu", "重试测试有限公司", TestApplications.JIANGSU_CODE);
        ProcessInstance pi = cases.submit(form);
        cases.attachRequiredMaterials(pi.getBusinessKey(), cases.applicantOf(form));
        Notice notice = notices.ofCase(pi.getId()).get(0);
        assertThat(notice.status()).isEqualTo(Notice.Status.PENDING);

        JavaMailSenderImpl closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(1);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("closed", closed));
        NoticeSender refused = new NoticeSender(notices, beans.getBeanProvider(JavaMailSender.class), "noreply@benchmark.invalid", 2,
                Duration.ofMinutes(1));
        assertThat(refused.send(notice.id())).isFalse();
        Notice retried = notices.find(notice.id());
        assertThat(retried.status()).isEqualTo(Notice.Status.PENDING);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).contains("MailSendException");
        assertThat(notices.due(10_000)).as("not before its next attempt").doesNotContain(notice.id());

        jdbc.sql("update notice set next_attempt_at = ? where id = ?").params(java.sql.Timestamp.from(BeijingTime.now()), notice.id()).update();
        assertThat(refused.send(notice.id())).isFalse();
        assertThat(notices.find(notice.id())).extracting(Notice::status, Notice::attempts).containsExactly(Notice.Status.FAILED, 2);
    }

    @Test
    void tells_of_the_listing_an_objection_its_outcome_the_award_and_the_revocation_without_naming_the_objector() throws Exception {
        TestPreliminaryLists.Listed listed = new TestPreliminaryLists(engine, jdbc, store, accounts).national(2026, List.of("异议通知甲有限公司", "获评通知乙有限公司"));
        ProcessInstance campaign = listed.campaign();
        String objected = listed.applications().get(0);
        String awarded = listed.applications().get(1);
        LocalDate start = TestPreliminaryLists.publicityStart(arrangements);
        complete(campaign, Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, start.toString()));
        assertThat(to(applicantOf(awarded), awarded)).filteredOn(m -> m.subject().endsWith("已列入公示名单")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("公示期为 " + start).contains("/public/publicity.html"));
        TestPreliminaryLists.beginToday(jdbc, campaign.getBusinessKey());

        // the intake allows five objections an hour from one address; other tests' objections from this address
        // (all tests start at the same instant of the engine's clock) are moved out of that hour
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(java.sql.Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();
        LinkedMultiValueMap<String, Object> objection = new LinkedMultiValueMap<>();
        Map.of("applicationNumber", objected, "name", "异议人王五", "phone", "13912345678", "grounds",
                "该企业申报材料中的获奖证书与发证机关公开信息不一致，请核实。", "pledge", "true").forEach(objection::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Requested-With", "XMLHttpRequest");
        assertThat(rest.postForEntity("/public/api/objections", new HttpEntity<>(objection, headers), String.class).getStatusCode().value())
                .isEqualTo(201);
        String objectionNumber = campaign.getBusinessKey() + "-Y001";
        // and this one too, so that the tests that count the limit find the hour as they expect it
        jdbc.sql("update objection set submitted_at = ? where client_address = '127.0.0.1'")
                .param(java.sql.Timestamp.from(BeijingTime.now().minus(Duration.ofDays(1)))).update();
        assertThat(to(applicantOf(objected), objected)).filteredOn(m -> m.subject().endsWith("收到公示异议")).singleElement().satisfies(m -> {
            assertThat(m.body()).contains("异议编号 " + objectionNumber).doesNotContain("王五").doesNotContain("13912345678");
        });
        ProcessInstance handling = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(objectionNumber).singleResult();
        complete(handling, Map.of(PublicityProcess.FINDINGS, "证书系伪造", PublicityProcess.RECOMMENDATION, "uphold"));
        // the committee's members are told: first their confidentiality undertaking (Art. 15), then their vote (Art. 21)
        assertThat(to("chair", objectionNumber)).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("【质量标杆遴选】新的待办：签署保密承诺"));
        TestObjections.voteAll(engine, handling, PublicityProcess.UPHOLD, "证书不实");
        complete(handling, Map.of(PublicityProcess.REPLY, "已答复"));
        assertThat(to(applicantOf(objected), objected)).extracting(Mail::subject).contains(
                "【质量标杆遴选】申报 " + objected + " 的异议审议结果：异议成立，申报撤出名单",
                "【质量标杆遴选】申报 " + objected + "：公示期间异议经调查核实并经评审委员会审议成立，撤出名单");

        new TestCampaigns(engine, jdbc).fireTimer(campaign.getBusinessKey(), "Event_PublicityPeriodEnds");
        complete(campaign, Map.of(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, ""));
        complete(campaign, Map.of(AnnouncementProcess.APPROVAL_DECISION, "approve", AnnouncementProcess.APPROVAL_REFERENCE, "批准"));
        Map<String, Object> announcement = new HashMap<>();
        announcement.put(AnnouncementProcess.DOCUMENT_NUMBER, "中国质协字〔2026〕1号");
        announcement.put(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS);
        announcement.put(AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA);
        announcement.put(AnnouncementProcess.PUBLISHED_ON, TestClock.today().toString());
        complete(campaign, announcement);
        assertThat(to(applicantOf(awarded), awarded)).extracting(Mail::subject).contains("【质量标杆遴选】申报 " + awarded + "：获评质量标杆");

        String title = campaign.getBusinessKey() + "-T001";
        ProcessInstance revocation = engine.getRuntimeService().startProcessInstanceByKey(TitleProcess.REVOCATION_KEY,
                Map.of(TitleProcess.TITLE_NUMBER, title, TitleProcess.GROUND, "FALSIFIED_MATERIAL", TitleProcess.REPORT, "举报材料造假"));
        complete(revocation, Map.of(TitleProcess.FINDINGS, "属实", TitleProcess.RECOMMENDATION, "revoke"));
        complete(revocation, Map.of(TitleProcess.DECISION, "revoke", TitleProcess.DECISION_REASON, "证据确凿"));
        assertThat(to(applicantOf(awarded), title)).filteredOn(m -> m.subject().contains("已撤销")).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("【质量标杆遴选】全国质量标杆称号 " + title + " 已撤销");
            assertThat(m.body()).contains("获评通知乙有限公司实施六西格玛设计的经验")
                    .contains("根据《全国质量标杆遴选管理办法》第二十四条，全国质量标杆工作办公室决定撤销").doesNotContain("证据确凿");
        });
    }
}
