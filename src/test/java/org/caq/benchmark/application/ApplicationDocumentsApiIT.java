package org.caq.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.WebSession;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.ApplicationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Materials through the API: streamed upload, checksummed download, refusals, and the session's CSRF rule. */
@BenchmarkSpringTest
class ApplicationDocumentsApiIT {

    static final byte[] PDF = "%PDF-1.7\n% 典型经验\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();
    String number;

    @BeforeEach
    void anApplication() {
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        number = new TestApplications(engine, store, accounts)
                .submit(TestApplications.form("jiangsu", "华东精密机械股份有限公司", TestApplications.JIANGSU_CODE)).getBusinessKey();
    }

    private HttpResponse<String> upload(String user, String kind, String fileName, byte[] content) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications/" + number
                        + "/documents?kind=" + kind + "&fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Authorization", basic(user)).header("Content-Type", "application/octet-stream")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stores_an_upload_with_its_checksum_and_serves_it_to_the_case_s_unit_intact() throws Exception {
        HttpResponse<String> created = upload("applicant1", "EXPERIENCE", "典型经验.pdf", PDF);

        assertThat(created.statusCode()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(created.body()).contains(sha256).contains("\"sizeBytes\":" + PDF.length).contains("application/pdf");
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<byte[]> downloaded = download("jiangsu", location);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PDF);
        assertThat(downloaded.headers().firstValue("X-Content-SHA256")).contains(sha256);
        assertThat(download("applicant2", location).statusCode()).isEqualTo(404);
        assertThat(download("shandong", location).statusCode()).isEqualTo(404);
    }

    @Test
    void refuses_a_disallowed_file_an_unknown_kind_and_another_applicant_with_a_reason() throws Exception {
        HttpResponse<String> exe = upload("applicant1", "EXPERIENCE", "setup.exe", "MZ".getBytes(StandardCharsets.US_ASCII));
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("典型经验材料只接受 DOC、DOCX、PDF 文件（当前文件：setup.exe）");

        assertThat(upload("applicant1", "VIDEO", "a.pdf", PDF).statusCode()).isEqualTo(400);
        assertThat(upload("applicant2", "EXPERIENCE", "a.pdf", PDF).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from application_document where application_number = ?").param(number)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void refuses_an_upload_declared_over_the_budget_at_once_before_its_body_arrives() throws Exception {
        long started = System.nanoTime();
        LoopbackClient.Response refused = new LoopbackClient("127.0.0.1", port).postPartially("/api/applications/" + number
                        + "/documents?kind=EXPERIENCE&fileName=huge.pdf", "application/pdf", 300L * 1024 * 1024,
                PDF, "Authorization: " + basic("applicant1"), "X-Requested-With: XMLHttpRequest");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("每项申报的材料合计不得超过 200 MB", "本文件为 300 MB");
        assertThat(System.nanoTime() - started).as("answered without waiting for 300 MB").isLessThan(10_000_000_000L);
        assertThat(jdbc.sql("select count(*) from application_document where application_number = ?").param(number)
                .query(Integer.class).single()).isZero();
    }

    /** Seed 004 §1(3)2: "单个企业申报材料不超过200MB", to the byte (MB as the notice's 1024 × 1024). */
    @Test
    void holds_an_application_s_materials_to_the_200_mb_of_shandong_s_notice_to_the_byte() {
        long notice = 200L * 1024 * 1024;

        store.checkDeclaredLength(number, notice);
        assertThatThrownBy(() -> store.checkDeclaredLength(number, notice + 1))
                .isInstanceOf(DocumentStore.UploadTooLarge.class).hasMessageContaining("不得超过 200 MB");
    }

    @Test
    void refuses_uploads_once_the_materials_were_handed_in_after_the_recommendation() throws Exception {
        new TestApplications(engine, store, accounts).attachRequiredMaterials(number, "applicant1");
        String unitTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        engine.getTaskService().complete(unitTask, Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND));
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult().getId());

        HttpResponse<String> late = upload("applicant1", "EVIDENCE", "补充.pdf", PDF);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("形式审查中");
    }

    @Test
    void accepts_a_browser_upload_only_with_the_same_origin_script_header() {
        WebSession browser = new WebSession(port);
        browser.login("tasklist", "applicant1", "demo");
        String path = "/api/applications/" + number + "/documents?kind=EXPERIENCE&fileName=a.pdf";

        assertThat(browser.postWithoutCsrfToken(path, "application/pdf", "%PDF-1.7 x").statusCode()).isEqualTo(403);
        assertThat(browser.postAsScript(path, "application/pdf", "%PDF-1.7 x").statusCode()).isEqualTo(201);
    }

    @Test
    void refuses_a_change_without_the_script_header_even_with_basic_credentials() throws Exception {
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/applications/" + number + "/documents?kind=EXPERIENCE&fileName=a.pdf"))
                .header("Authorization", basic("applicant1")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void lists_the_case_s_materials_to_the_office() throws Exception {
        upload("applicant1", "EXPERIENCE", "经验.pdf", PDF);

        HttpResponse<byte[]> list = download("office", "/api/applications/" + number + "/documents");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new String(list.body(), StandardCharsets.UTF_8)).contains("经验.pdf").contains("EXPERIENCE");
    }
}
