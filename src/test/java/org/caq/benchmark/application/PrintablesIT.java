package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.PdfText;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.printing.Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The papers of an application, read back with PDFBox and POI: the 申报书 with its number and content digest, the
 * matching of sealed copies, the receipt of the hand-over, the unit's 推荐表 and 推荐汇总表; and who may not have them.
 */
@BenchmarkSpringTest
class PrintablesIT {

    static final byte[] SCAN = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired ProcessEngine engine;
    @Autowired ApplicantAccounts accounts;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired Applications applications;
    @LocalServerPort int port;

    TestHttp http;
    ProcessInstance pi;
    String number;
    String applicant;

    @BeforeEach
    void anApplication() {
        http = new TestHttp(port);
        // a year no other test uses: the unit's quota is this test's own
        new TestCampaigns(engine, jdbc).openNational(2018, null);
        Map<String, Object> form = TestApplications.form("jiangsu", "打印测试精密机械有限公司", TestApplications.JIANGSU_CODE);
        TestApplications cases = new TestApplications(engine, store, accounts);
        applicant = cases.applicantOf(form);
        pi = cases.submit(applicant, form);
        number = pi.getBusinessKey();
    }

    private String digest() {
        return ApplicationDigest.of(applications.find(number).orElseThrow());
    }

    private HttpResponse<byte[]> upload(String user, String path, String fileName, byte[] content) {
        return http.post(user, path + (path.contains("?") ? "&" : "?") + "fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), "application/octet-stream", content);
    }

    @Test
    void prints_the_application_form_with_its_number_and_digest_and_matches_the_sealed_copies_to_it() {
        // the applicant uploads its sealed 申报书 once its unit recommended (seed 001 §1(2)4)
        new TestApplications(engine, store, accounts).attachSealedRecommendation(number);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        HttpResponse<byte[]> form = http.get(applicant, "/api/applications/" + number + "/application-form.pdf");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).contains("application/pdf");
        String text = PdfText.flat(form.body());
        assertThat(text).contains("质量标杆申报书", "2018年全国质量标杆遴选", "申报编号：" + number, "打印测试精密机械有限公司",
                "打印测试精密机械有限公司实施六西格玛设计的经验", "摘要", "以六西格玛设计方法系统提升产品可靠性", "企业概况",
                "管理方法（技术）的推进和应用情况", "一次交检合格率由95%提升至99.2%", "江苏省工业和信息化厅", "法定代表人（签字）", "■具有独立法人资格",
                "王建国", "民营企业", "1998年", "C34", "■所运用的主要管理方法（技术）和经验已在本单位成熟应用", "■在不涉及商业机密的情况下",
                digest(), "核验码：" + Digest.code(digest()));
        assertThat(http.get("applicant2", "/api/applications/" + number + "/application-form.pdf").statusCode()).isEqualTo(404);
        assertThat(http.get("shandong", "/api/applications/" + number + "/application-form.pdf").statusCode()).isEqualTo(404);

        String documents = "/api/applications/" + number + "/documents?kind=SEALED_FORM";
        assertThat(upload(applicant, documents, "申报书.pdf", form.body()).statusCode()).isEqualTo(201);
        HttpResponse<byte[]> wrongCode = upload(applicant, documents + "&declaredCode=0000-0000", "扫描件.png", SCAN);
        assertThat(wrongCode.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(wrongCode)).contains("核验码 0000-0000 与当前申报内容的核验码不一致");
        assertThat(upload(applicant, documents + "&declaredCode=" + Digest.code(digest()).toLowerCase(), "扫描件.png", SCAN)
                .statusCode()).isEqualTo(201);
        assertThat(upload(applicant, documents, "无核验码扫描件.png", SCAN).statusCode()).isEqualTo(201);
        assertThat(upload(applicant, "/api/applications/" + number + "/documents?kind=SEALED_RECOMMENDATION", "推荐表.pdf",
                form.body()).statusCode()).isEqualTo(400);

        String checks = TestHttp.text(http.get("office", "/api/applications/" + number + "/sealed-forms"));
        assertThat(checks).contains("\"expectedSha256\":\"" + digest() + "\"", "\"expectedCode\":\"" + Digest.code(digest()) + "\"")
                .contains("\"fileName\":\"申报书.pdf\"", "\"result\":\"MATCHES\"", "\"result\":\"DECLARED\"", "\"result\":\"UNVERIFIED\"");
        assertThat(http.get("applicant2", "/api/applications/" + number + "/sealed-forms").statusCode()).isEqualTo(404);
        assertThat(TestHttp.text(http.get(applicant, "/api/applications/" + number + "/sealed-forms")))
                .as("who printed is not shown").contains("\"printed\":[{\"sha256\":\"" + digest() + "\"").doesNotContain("printedBy");
    }

    @Test
    void recommends_on_a_sealed_form_and_gives_a_receipt_of_the_materials_handed_in_after_it() throws Exception {
        // seed 001 §1(2)2: the unit recommends on its sealed 推荐表, so it prints and seals it while it decides
        String recommend = "{\"variables\":{\"" + ApplicationProcess.RECOMMENDATION_DECISION + "\":{\"value\":\"recommend\"},\""
                + ApplicationProcess.RECOMMENDATION_COMMENT + "\":{\"value\":\"质量基础扎实。\"}}}";
        String task = "/engine-rest/task/" + tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId() + "/complete";
        String used = "select used from campaign_quota where campaign_number = '2018-national' and unit_code = 'jiangsu'";
        int usedBefore = jdbc.sql(used).query(Integer.class).single();
        HttpResponse<byte[]> unsealed = http.post("jiangsu", task, "application/json", recommend.getBytes(StandardCharsets.UTF_8));
        assertThat(unsealed.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(unsealed)).contains("推荐前须上传加盖本单位公章的推荐表（缺少：加盖公章的推荐表）",
                "/materials.html?application=" + number);
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.AWAITING_RECOMMENDATION);
        assertThat(jdbc.sql(used).query(Integer.class).single()).as("no place of the quota taken").isEqualTo(usedBefore);

        HttpResponse<byte[]> form = http.get("jiangsu", "/api/applications/" + number + "/recommendation-form.pdf");
        assertThat(form.statusCode()).isEqualTo(200);
        String recommendationDigest = RecommendationDigest.of(applications.find(number).orElseThrow());
        assertThat(PdfText.flat(form.body())).contains("质量标杆推荐表", "江苏省工业和信息化厅", number, "推荐单位（盖章）",
                recommendationDigest);

        String sealed = "/api/applications/" + number + "/recommendation-form";
        assertThat(upload("shandong", sealed, "推荐表.pdf", form.body()).statusCode()).isEqualTo(404);
        assertThat(upload(applicant, sealed, "推荐表.pdf", form.body()).statusCode()).isEqualTo(404);
        assertThat(upload("jiangsu", sealed, "推荐表.pdf", form.body()).statusCode()).isEqualTo(201);
        assertThat(TestHttp.text(http.get("office", "/api/applications/" + number + "/sealed-forms")))
                .contains("\"recommendationForms\":[{", "\"fileName\":\"推荐表.pdf\"", "\"result\":\"MATCHES\"");
        assertThat(http.post("jiangsu", task, "application/json", recommend.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(204);
        assertThat(applications.find(number).orElseThrow().status()).as("the materials come after the recommendation (seed 001 §1(2)4)")
                .isEqualTo(ApplicationStatus.MATERIALS_PENDING);
        assertThat(PdfText.flat(http.get("jiangsu", "/api/applications/" + number + "/recommendation-form.pdf").body()))
                .contains("质量基础扎实。", recommendationDigest);

        String summary = "/api/campaigns/2018-national/units/jiangsu/recommendations";
        assertThat(PdfText.flat(http.get("jiangsu", summary + ".pdf").body())).contains("质量标杆推荐汇总表", number,
                "打印测试精密机械有限公司实施六西格玛设计的经验", Digest.code(recommendationDigest));
        HttpResponse<byte[]> xlsx = http.get("office", summary + ".xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            DataFormatter cells = new DataFormatter();
            var sheet = workbook.getSheet("推荐汇总表");
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("申报编号");
            assertThat(sheet).anySatisfy(row -> assertThat(cells.formatCellValue(row.getCell(1))).isEqualTo(number));
        }
        assertThat(http.get("shandong", summary + ".xlsx").statusCode()).isEqualTo(404);
        assertThat(http.get(applicant, summary + ".pdf").statusCode()).isEqualTo(404);

        // then the applicant hands its materials in (seed 001 §1(2)4) and gets its receipt
        new TestApplications(engine, store, accounts).attachApplicantMaterials(number, applicant);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), Map.of());
        assertThat(applications.find(number).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_FORM_REVIEW);

        String receipts = TestHttp.text(http.get(applicant, "/api/applications/" + number + "/receipts"));
        // the applicant's two and the unit's sealed 推荐表
        assertThat(receipts).contains("\"number\":\"" + number + "-R1\"", "提交申报", "\"materials\":3");
        HttpResponse<byte[]> receipt = http.get(applicant, "/api/receipts/" + number + "-R1.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        String sha256 = jdbc.sql("select sha256 from application_document where application_number = ? and kind = 'EXPERIENCE'")
                .param(number).query(String.class).single();
        assertThat(PdfText.flat(receipt.body())).contains("质量标杆申报回执", "回执编号", number + "-R1", "提交时间（北京时间）",
                "典型经验材料", "典型经验.pdf", sha256, digest());
        assertThat(http.get("applicant2", "/api/receipts/" + number + "-R1.pdf").statusCode()).isEqualTo(404);
    }
}
