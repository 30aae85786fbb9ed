package org.caq.benchmark.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.caq.benchmark.NotFound;
import org.caq.benchmark.TooLarge;
import org.caq.benchmark.documents.NoticeTemplate;
import org.caq.benchmark.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaign's office attaches the format templates of its notice (seed 001 annex 3 §1(4)); anyone downloads them with
 * the notice on 通知公告 ({@link PublicNoticesController}). Only the office of that campaign uploads: not another
 * province's office, not the national office for a province's notice, no unit, no applicant.
 */
@RestController
class NoticeTemplatesController {

    private static final Logger log = LoggerFactory.getLogger(NoticeTemplatesController.class);

    private final NoticeTemplates templates;
    private final Campaigns campaigns;
    private final CurrentUser user;

    NoticeTemplatesController(NoticeTemplates templates, Campaigns campaigns, CurrentUser user) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.user = user;
    }

    @GetMapping("/api/campaigns/{campaign}/notice-templates")
    List<NoticeTemplates.Attachment> list(@PathVariable String campaign) {
        return templates.current(ownOffice(campaign).number());
    }

    /** The raw file as the body, as the materials are sent; {@code template} is SUMMARY, PPT or VIDEO. */
    @PostMapping("/api/campaigns/{campaign}/notice-templates")
    ResponseEntity<NoticeTemplates.Attachment> upload(@PathVariable String campaign, @RequestParam String template,
            @RequestParam String fileName, HttpServletRequest request) throws IOException {
        Campaign c = ownOffice(campaign);
        NoticeTemplate kind = NoticeTemplate.of(template);
        long declared = request.getContentLengthLong();
        if (declared > kind.maxBytes()) {
            throw new TooLarge(kind.displayName() + "不得超过 " + kind.maxBytes() / (1024 * 1024) + " MB（本文件 "
                    + declared / (1024 * 1024) + " MB）。");
        }
        try (InputStream body = request.getInputStream()) {
            NoticeTemplates.Attachment attachment = templates.upload(c.number(), kind, fileName, body, user.id());
            log.info("Notice template {} ({}) of {} uploaded by {}", attachment.id(), kind, c.number(), user.id());
            return ResponseEntity.created(URI.create(NoticeTemplates.publicPath(c.number(), kind))).body(attachment);
        }
    }

    private Campaign ownOffice(String campaign) {
        return campaigns.find(campaign).filter(c -> user.inAny(c.officeGroup()))
                .orElseThrow(() -> new NotFound("遴选活动 " + campaign + " 不存在，或您不是其组织单位，不能管理其通知的格式模板。"));
    }
}
