package org.caq.benchmark.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.NotFound;
import org.caq.benchmark.printing.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 通知公告, open to anyone: each published campaign's notice, its 申报指南 and the templates to download. */
@RestController
class PublicNoticesController {

    record Notice(String campaign, String title, String organiser, List<String> focusAreas, LocalDate applicationOpens,
            LocalDate applicationCloses, LocalDate recommendationDeadline, String noticeUrl, Map<String, String> downloads) {
    }

    private final Campaigns campaigns;

    PublicNoticesController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/public/api/notices")
    List<Notice> notices() {
        return campaigns.published().stream().map(entry -> {
            Campaign c = entry.getKey();
            String base = "/public/api/notices/" + c.number();
            return new Notice(c.number(), PublicNotices.title(c), c.organiser(), c.focusAreas(), c.applicationOpens(),
                    c.applicationCloses(), c.recommendationDeadline(), entry.getValue(), Map.of(
                            "申报指南", base + "/guide.pdf", "申报书模板", base + "/application-form-template.pdf",
                            "推荐汇总表模板", base + "/recommendation-summary-template.xlsx"));
        }).toList();
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
