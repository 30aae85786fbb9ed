package org.caq.benchmark.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.PdfText;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 004 §一(三)2: each Shandong city sends its 推荐文件 (PDF) with its recommendations. Over HTTP as the cities, another
 * city, another province's unit and the applicant would try it: the recommendation waits for the city's own letter, and
 * only the city uploads it.
 */
@BenchmarkSpringTest
class CoveringLettersIT {

    private static final String CAMPAIGN = "2018-shandong";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @Autowired Applications applications;
    @LocalServerPort int port;

    private void officer(String id, String unit) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, RecommendingUnit.groupOf(unit));
        }
    }

    private HttpResponse<byte[]> upload(TestHttp http, String user, String unit, String fileName, byte[] content) {
        return http.post(user, "/api/campaigns/" + CAMPAIGN + "/units/" + unit + "/covering-letter?fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), "application/octet-stream", content);
    }

    private HttpResponse<byte[]> recommend(TestHttp http, String user, String task) {
        return http.post(user, "/engine-rest/task/" + task + "/submit-form", "application/json",
                "{\"variables\":{\"recommendationDecision\":{\"value\":\"recommend\"},\"coveringLetter\":{\"value\":\"已报送\"}}}"
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void holds_a_shandong_city_s_recommendation_until_it_uploads_its_own_pdf_covering_letter() throws Exception {
        TestHttp http = new TestHttp(port);
        officer("jinan-officer", "shandong-jinan");
        officer("qingdao-officer", "shandong-qingdao");
        new TestCampaigns(engine, jdbc).openProvincial(2018, "shandong", null);
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("shandong-jinan", "济南推荐文件有限公司", TestApplications.SHANDONG_CODE);
        ProcessInstance pi = cases.submit(form);
        String number = pi.getBusinessKey();
        cases.attachApplicantMaterials(number, cases.applicantOf(form));
        store.save(number, DocumentKind.SEALED_RECOMMENDATION, "推荐表.png", new ByteArrayInputStream(PNG), "jinan-officer", () -> { });
        String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        HttpResponse<byte[]> early = recommend(http, "jinan-officer", task);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(early)).contains("推荐前须上传本单位的推荐文件（PDF", "/materials.html?application=" + number);
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);

        String status = "/api/campaigns/" + CAMPAIGN + "/units/shandong-jinan/covering-letter";
        assertThat(TestHttp.text(http.get("jinan-officer", status))).isEqualTo("{\"required\":true}");
        for (String stranger : new String[] {"qingdao-officer", "jiangsu", cases.applicantOf(form)}) {
            assertThat(upload(http, stranger, "shandong-jinan", "推荐文件.pdf", PDF).statusCode()).as(stranger).isEqualTo(404);
            assertThat(http.get(stranger, status).statusCode()).as(stranger).isEqualTo(404);
            assertThat(http.get(stranger, status + ".pdf").statusCode()).as(stranger).isEqualTo(404);
        }
        HttpResponse<byte[]> ownNational = upload(http, "jiangsu", "jiangsu", "推荐文件.pdf", PDF);
        assertThat(ownNational.statusCode()).as("a national unit sends none to Shandong's selection").isEqualTo(400);
        assertThat(TestHttp.text(ownNational)).contains("推荐文件只由山东省省级遴选的各市工业和信息化局报送");
        HttpResponse<byte[]> png = upload(http, "jinan-officer", "shandong-jinan", "推荐文件.png", PNG);
        assertThat(png.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(png)).contains("推荐文件只接受 PDF 文件（当前文件：推荐文件.png）");
        assertThat(upload(http, "jinan-officer", "shandong-jinan", "改名的图片.pdf", PNG).statusCode())
                .as("a picture renamed to .pdf").isEqualTo(400);
        assertThat(upload(http, "jinan-officer", "shandong-jinan", "推荐文件.pdf", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from covering_letter where campaign_number = ?").param(CAMPAIGN).query(Long.class)
                .single()).as("nothing kept of a refused upload").isZero();

        assertThat(upload(http, "jinan-officer", "shandong-jinan", "济南市推荐文件.pdf", PDF).statusCode()).isEqualTo(201);
        assertThat(TestHttp.text(http.get("office", status))).contains("\"required\":true", "\"fileName\":\"济南市推荐文件.pdf\"");
        assertThat(http.get("office", status + ".pdf").body()).isEqualTo(PDF);
        assertThat(recommend(http, "qingdao-officer", task).statusCode()).as("another city's officer").isIn(403, 404);
        assertThat(recommend(http, "jinan-officer", task).statusCode()).isEqualTo(204);
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.MATERIALS_PENDING);

        // the city's 汇总表 names the scope area in Shandong's own words (004 §一(二)), as its 推荐表 does, not Art. 10's
        String shandongArea = "1. 运用先进质量管理理念、方法、工具，促进质量变革、效率变革和动力变革，促进企业高质量发展的典型经验";
        try (XSSFWorkbook summary = new XSSFWorkbook(new ByteArrayInputStream(http.get("jinan-officer",
                "/api/campaigns/" + CAMPAIGN + "/units/shandong-jinan/recommendations.xlsx").body()))) {
            assertThat(summary.getSheet("推荐汇总表").getRow(1).getCell(5).getStringCellValue()).isEqualTo(shandongArea);
        }
        assertThat(PdfText.flat(http.get("jinan-officer", "/api/campaigns/" + CAMPAIGN + "/units/shandong-jinan/recommendations.pdf")
                .body())).contains("促进质量变革、效率变革和动力变革");
    }
}
