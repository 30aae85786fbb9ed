package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.PdfText;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.TestReviews;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.notice.NoticeSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The expert's 评分表 and the office's score export: the sheet only for its expert and the office; the export names no
 * expert and carries no comment (Art. 15); experts are told by mail when a review arrives.
 */
@BenchmarkSpringTest
class ScorePrintsIT {

    static final String CAMPAIGN = TestReviews.CAMPAIGN;

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Reviews reviews;
    @Autowired Experts experts;
    @Autowired GreenMail greenMail;
    @Autowired NoticeSender sender;
    @LocalServerPort int port;

    TestHttp http;
    Review scored;
    Expert scorer;
    Expert other;

    @BeforeEach
    void aScoredReview() {
        http = new TestHttp(port);
        TestReviews.materialReviewUnderWay(engine, jdbc, store, accounts);
        String application = reviews.ofCampaign(CAMPAIGN).get(0).applicationNumber();
        List<Review> ofApplication = reviews.ofApplication(application, ReviewStage.MATERIAL);
        scorer = experts.find(ofApplication.get(0).expertCode()).orElseThrow();
        other = experts.find(ofApplication.get(1).expertCode()).orElseThrow();
        Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY).taskAssignee(scorer.userId())
                .processInstanceBusinessKeyLike(application + "/%").singleResult();
        if (task != null) {
            tasks.complete(task.getId(), Map.of(ReviewProcess.SCORE_1, 88, ReviewProcess.SCORE_2, 77,
                    ReviewProcess.SCORE_3, 66, ReviewProcess.COMMENT, "机密评语"));
        }
        scored = reviews.ofApplication(application, ReviewStage.MATERIAL).get(0);
    }

    @Test
    void prints_the_score_sheet_for_its_expert_and_the_office_only() {
        String path = "/api/reviews/" + scored.id() + "/score-sheet.pdf";
        HttpResponse<byte[]> own = http.get(scorer.userId(), path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(PdfText.flat(own.body())).contains("专家评分表（资料评审）", scored.applicationNumber(), "科学性和创新性", "88", "77", "66",
                "77.00", "机密评语", scorer.name(), "评审专家（签字）", "第十五条");
        assertThat(http.get("office", path).statusCode()).isEqualTo(200);
        assertThat(http.get("auditor", path).statusCode()).isEqualTo(200);
        for (String stranger : List.of(other.userId(), "applicant1", "jiangsu", "jiangsu-office-stranger")) {
            assertThat(http.get(stranger, path).statusCode()).as(stranger).isIn(401, 404);
        }
    }

    @Test
    void exports_the_stage_s_scores_without_naming_an_expert_or_quoting_a_comment() throws Exception {
        String path = "/api/campaigns/" + CAMPAIGN + "/scores.xlsx?stage=MATERIAL";
        HttpResponse<byte[]> export = http.get("office", path);
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            DataFormatter format = new DataFormatter();
            assertThat(workbook.getSheet("评分汇总")).isNotNull();
            for (Row row : workbook.getSheet("评分明细")) {
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            }
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(format.formatCellValue(cell)))));
        }
        assertThat(cells).contains("专家（代号）", "专家1", scored.applicationNumber(), "88", "77");
        for (Expert expert : experts.all()) {
            assertThat(cells).as("expert " + expert.code()).doesNotContain(expert.name(), expert.code(), expert.userId());
        }
        assertThat(String.join("|", cells)).doesNotContain("机密评语");
        assertThat(http.get("office", "/api/campaigns/" + CAMPAIGN + "/scores.xlsx?stage=LATER").statusCode()).isEqualTo(400);
        for (String stranger : List.of(scorer.userId(), "applicant1", "jiangsu")) {
            assertThat(http.get(stranger, path).statusCode()).as(stranger).isEqualTo(404);
        }
    }

    @Test
    void tells_each_expert_by_mail_that_a_review_has_arrived() throws Exception {
        assertThat(jdbc.sql("select status from notice where recipient_user = ? and event = 'WORK_ARRIVED'").param(other.userId())
                .query(String.class).list()).as("notices written for " + other.userId()).isNotEmpty();
        sender.sendDue();
        List<String> toOther = new ArrayList<>();
        for (var m : greenMail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(other.userId() + "@demo.invalid")) {
                toOther.add(m.getSubject() + "\n" + m.getContent());
            }
        }
        assertThat(toOther).anySatisfy(mail -> assertThat(mail).startsWith("【质量标杆遴选】新的待办：评审申报")
                .contains("您有一项新的待办：评审申报").contains("（专家评审，").contains("办理期限："));
    }
}
