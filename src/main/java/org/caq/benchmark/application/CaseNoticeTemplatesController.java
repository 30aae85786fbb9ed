package org.caq.benchmark.application;

import java.util.List;
import org.caq.benchmark.campaign.NoticeTemplates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The format templates of the notice an application answers (seed 001 annex 3 §1(4)), offered on its case to whoever
 * may read the case: the same files anyone downloads from 通知公告, found from the case without searching the notices.
 */
@RestController
class CaseNoticeTemplatesController {

    record Template(String name, String fileName, long sizeBytes, String href) {
    }

    private final ApplicationAccess access;
    private final NoticeTemplates templates;

    CaseNoticeTemplatesController(ApplicationAccess access, NoticeTemplates templates) {
        this.access = access;
        this.templates = templates;
    }

    @GetMapping("/api/applications/{number}/notice-templates")
    List<Template> of(@PathVariable String number) {
        String campaign = access.readable(number).campaignNumber();
        return templates.current(campaign).stream().map(t -> new Template(t.templateName(), t.fileName(), t.sizeBytes(),
                NoticeTemplates.publicPath(campaign, t.template()))).toList();
    }
}
