package org.caq.benchmark.campaign;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.NotFound;
import org.caq.benchmark.documents.NoticeTemplate;
import org.caq.benchmark.printing.Downloads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 通知公告, open to anyone: each published campaign's notice, its 申报指南, the templates and the office's format templates. */
@RestController
class PublicNoticesController {

    record Notice(String campaign, String title, String organiser, List<String> focusAreas, LocalDate applicationOpens,
            LocalDate applicationCloses, LocalDate recommendationDeadline, String noticeUrl, Map<String, String> downloads) {
    }

    private final Campaigns campaigns;
    private final NoticeTemplates templates;

    PublicNoticesController(Campaigns campaigns, NoticeTemplates templates) {
        this.campaigns = campaigns;
        this.templates = templates;
    }

    @GetMapping("/public/api/notices")
    List<Notice> notices() {
        return campaigns.published().stream().map(entry -> {
            Campaign c = entry.getKey();
            return new Notice(c.number(), PublicNotices.title(c), c.organiser(), c.focusAreas(), c.applicationOpens(),
                    c.applicationCloses(), c.recommendationDeadline(), entry.getValue(), downloads(c.number()));
        }).toList();
    }

    /** The generated 申报指南 and templates, then the office's own format templates (001 annex 3 §1(4)) in the annex's order. */
    private Map<String, String> downloads(String campaign) {
        String base = "/public/api/notices/" + campaign;
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("申报指南", base + "/guide.pdf");
        downloads.put("申报书模板", base + "/application-form-template.pdf");
        downloads.put("推荐汇总表模板", base + "/recommendation-summary-template.xlsx");
        templates.current(campaign).forEach(t -> downloads.put(t.templateName(), NoticeTemplates.publicPath(campaign, t.template())));
        return downloads;
    }

    @GetMapping("/public/api/notices/{campaign}/templates/{template}")
    ResponseEntity<InputStreamResource> template(@PathVariable String campaign, @PathVariable String template) {
        published(campaign);
        NoticeTemplates.Attachment attachment = templates.latest(campaign, NoticeTemplate.of(template))
                .orElseThrow(() -> new NotFound("遴选通知 " + campaign + " 未附" + NoticeTemplate.of(template).displayName() + "。"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes()).body(new InputStreamResource(templates.open(attachment)));
    }

    @GetMapping("/public/api/notices/{campaign}/guide.pdf")
    ResponseEntity<byte[]> guide(@PathVariable String campaign) {
        Map.Entry<Campaign, String> published = published(campaign);
        return Downloads.pdf(campaign + "-申报指南.pdf", PublicNotices.guide(published.getKey(), published.getValue()));
    }

    @GetMapping("/public/api/notices/{campaign}/application-form-template.pdf")
    ResponseEntity<byte[]> applicationFormTemplate(@PathVariable String campaign) {
        return Downloads.pdf(campaign + "-申报书模板.pdf", PublicNotices.applicationFormTemplate(published(campaign).getKey()));
    }

    @GetMapping("/public/api/notices/{campaign}/recommendation-summary-template.xlsx")
    ResponseEntity<byte[]> summaryTemplate(@PathVariable String campaign) {
        published(campaign);
        return Downloads.xlsx(campaign + "-推荐汇总表模板.xlsx", PublicNotices.summaryTemplate());
    }

    private Map.Entry<Campaign, String> published(String campaign) {
        return campaigns.published().stream().filter(e -> e.getKey().number().equals(campaign)).findFirst()
                .orElseThrow(() -> new NotFound("遴选通知 " + campaign + " 不存在，或您无权查看。"));
    }
}
