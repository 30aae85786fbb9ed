package org.caq.benchmark.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.LoopbackClient;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.TestHttp;
import org.caq.benchmark.application.ApplicantAccounts;
import org.caq.benchmark.documents.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 001 annex 3 §1(4): "总结材料、PPT、视频格式模板请登录'质量标杆网上平台'查询". The campaign's own office attaches them,
 * checked on the server; anyone downloads them with the notice, the applicant also from its case. Over HTTP as an
 * applicant, a unit, another campaign's office and a careless office would try it.
 */
@BenchmarkSpringTest
class NoticeTemplatesIT {

    private static final String NATIONAL = "2024-national";
    private static final byte[] PPTX = zipLike("PPT模板第一版");
    private static final byte[] PPTX_2 = zipLike("PPT模板第二版");
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentStore store;
    @Autowired ApplicantAccounts accounts;
    @LocalServerPort int port;

    private static byte[] zipLike(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 4 + body.length);
        System.arraycopy(body, 0, file, 4, body.length);
        return file;
    }

    private static HttpResponse<byte[]> upload(TestHttp http, String user, String campaign, String template, String fileName,
            byte[] content) {
        return http.post(user, "/api/campaigns/" + campaign + "/notice-templates?template=" + template + "&fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), "application/octet-stream", content);
    }

    private long kept(String campaign) {
        return jdbc.sql("select count(*) from notice_template where campaign_number = ?").param(campaign).query(Long.class).single();
    }

    @Test
    void lets_only_the_campaign_s_office_attach_checked_templates_and_offers_them_to_anyone_and_on_the_applicant_s_case() {
        TestHttp http = new TestHttp(port);
        new TestCampaigns(engine, jdbc).openNational(2024, null);
        String jiangsu = new TestCampaigns(engine, jdbc).registerProvincial(2016, "jiangsu");
        TestApplications cases = new TestApplications(engine, store, accounts);
        Map<String, Object> form = TestApplications.form("jiangsu", "模板下载精工有限公司", TestApplications.JIANGSU_CODE);
        String number = cases.submit(form).getBusinessKey();
        String applicant = cases.applicantOf(form);
        long before = kept(NATIONAL);

        // nobody but the campaign's own office: the applicant, a unit, another province's office, the national office on a
        // province's notice; each told nothing exists
        for (String[] stranger : new String[][] {{applicant, NATIONAL}, {"jiangsu", NATIONAL}, {"jiangsu-office", NATIONAL},
                {"office", jiangsu}}) {
            HttpResponse<byte[]> refused = upload(http, stranger[0], stranger[1], "PPT", "模板.pptx", PPTX);
            assertThat(refused.statusCode()).as(stranger[0] + " on " + stranger[1]).isEqualTo(404);
            assertThat(TestHttp.text(refused)).contains("不是其组织单位");
            assertThat(http.get(stranger[0], "/api/campaigns/" + stranger[1] + "/notice-templates").statusCode()).isEqualTo(404);
        }
        assertThat(upload(http, null, NATIONAL, "PPT", "模板.pptx", PPTX).statusCode()).as("anonymous").isEqualTo(401);

        // the office's own mistakes, each refused in Chinese with what is allowed
        HttpResponse<byte[]> wrongType = upload(http, "office", NATIONAL, "PPT", "模板.png", PNG);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(wrongType)).contains("PPT格式模板只接受 PDF、PPT、PPTX 文件（当前文件：模板.png）");
        assertThat(upload(http, "office", NATIONAL, "VIDEO", "视频模板.pptx", PPTX).statusCode()).as("a PPT as the video").isEqualTo(400);
        HttpResponse<byte[]> renamed = upload(http, "office", NATIONAL, "VIDEO", "改名的图片.mp4", PNG);
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(renamed)).contains("文件内容与扩展名不符");
        assertThat(upload(http, "office", NATIONAL, "PPT", "../模板.pptx", PPTX).statusCode()).isEqualTo(400);
        assertThat(upload(http, "office", NATIONAL, "PPT", "空.pptx", new byte[0]).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> unknown = upload(http, "office", NATIONAL, "EXE", "模板.pptx", PPTX);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestHttp.text(unknown)).contains("模板类别无效（当前值：EXE）");
        LoopbackClient.Response declaredTooLarge = new LoopbackClient("127.0.0.1", port).postPartially("/api/campaigns/"
                + NATIONAL + "/notice-templates?template=SUMMARY&fileName=summary.docx", "application/octet-stream",
                21L * 1024 * 1024, zipLike("大"), "Authorization: " + LoopbackClient.basic("office", "demo"),
                "X-Requested-With: XMLHttpRequest");
        assertThat(declaredTooLarge.status()).as("refused before its body arrives").isEqualTo(413);
        assertThat(declaredTooLarge.body()).contains("总结材料格式模板不得超过 20 MB（本文件 21 MB）");
        HttpResponse<byte[]> streamedTooLarge = http.postStreamed("office", "/api/campaigns/" + NATIONAL
                + "/notice-templates?template=SUMMARY&fileName=summary.docx", Arrays.copyOf(zipLike("大"), 20 * 1024 * 1024 + 1));
        assertThat(streamedTooLarge.statusCode()).as("no length declared: counted while it streams").isEqualTo(400);
        assertThat(TestHttp.text(streamedTooLarge)).contains("总结材料格式模板不得超过 20 MB");
        assertThat(kept(NATIONAL)).as("nothing kept of a refused upload").isEqualTo(before);
        assertThat(kept(jiangsu)).isZero();

        assertThat(upload(http, "office", NATIONAL, "PPT", "PPT模板.pptx", PPTX).statusCode()).isEqualTo(201);
        assertThat(upload(http, "office", NATIONAL, "VIDEO", "视频模板.mp4", MP4).statusCode()).isEqualTo(201);
        assertThat(upload(http, "office", NATIONAL, "PPT", "PPT模板（修订）.pptx", PPTX_2).statusCode()).isEqualTo(201);
        assertThat(upload(http, "jiangsu-office", jiangsu, "SUMMARY", "江苏总结材料模板.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).statusCode()).as("a province's own office").isEqualTo(201);

        // anyone, with the notice: the latest of each template
        assertThat(TestHttp.text(http.get(null, "/public/api/notices")))
                .contains("\"PPT格式模板\":\"/public/api/notices/2024-national/templates/PPT\"",
                        "\"视频格式模板\":\"/public/api/notices/2024-national/templates/VIDEO\"");
        HttpResponse<byte[]> ppt = http.get(null, "/public/api/notices/" + NATIONAL + "/templates/PPT");
        assertThat(ppt.statusCode()).isEqualTo(200);
        assertThat(ppt.body()).isEqualTo(PPTX_2);
        assertThat(ppt.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        assertThat(ppt.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(http.get(null, "/public/api/notices/" + NATIONAL + "/templates/VIDEO").body()).isEqualTo(MP4);
        assertThat(http.get(null, "/public/api/notices/" + NATIONAL + "/templates/EXE").statusCode()).isEqualTo(400);
        assertThat(http.get(null, "/public/api/notices/1999-national/templates/PPT").statusCode()).isEqualTo(404);

        // the applicant, from its case; another applicant learns nothing of that case
        assertThat(TestHttp.text(http.get(applicant, "/api/applications/" + number + "/notice-templates")))
                .contains("\"name\":\"PPT格式模板\"", "\"fileName\":\"PPT模板（修订）.pptx\"",
                        "\"href\":\"/public/api/notices/2024-national/templates/VIDEO\"")
                .doesNotContain("江苏总结材料模板");
        String other = cases.applicantOf(TestApplications.form("jiangsu", "旁观者制造有限公司", TestApplications.JIANGSU_CODE));
        assertThat(http.get(other, "/api/applications/" + number + "/notice-templates").statusCode()).isEqualTo(404);
        assertThat(TestHttp.text(http.get("office", "/api/campaigns/" + NATIONAL + "/notice-templates")))
                .contains("\"template\":\"PPT\"", "PPT模板（修订）.pptx").doesNotContain("\"fileName\":\"PPT模板.pptx\"");
    }
}
