package org.caq.benchmark.publicity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The objections of a campaign and their evidence, for the office that handles them and for auditors only. */
@RestController
class ObjectionsController {

    record Row(String number, String applicationNumber, String objector, String phone, Instant submittedAt,
            String status, boolean evidence, Instant closedAt) {
    }

    private final Objections objections;
    private final Campaigns campaigns;
    private final DocumentStore store;
    private final CurrentUser user;

    ObjectionsController(Objections objections, Campaigns campaigns, DocumentStore store, CurrentUser user) {
        this.objections = objections;
        this.campaigns = campaigns;
        this.store = store;
        this.user = user;
    }

    @GetMapping("/api/campaigns/{campaign}/objections")
    List<Row> ofCampaign(@PathVariable String campaign) {
        requireOfficeOrAuditor(campaign);
        return objections.ofCampaign(campaign).stream().map(o -> new Row(o.number(), o.applicationNumber(),
                o.objector().name(), o.objector().phone(), o.submittedAt(), o.status().displayName(), o.evidence() != null,
                o.closedAt())).toList();
    }

    @GetMapping("/api/objections/{number}/evidence")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String number) {
        Objection objection = objections.find(number).filter(o -> o.evidence() != null)
                .orElseThrow(() -> new ApplicationAccess.NotVisible("异议 " + number + " 的证明材料"));
        requireOfficeOrAuditor(objection.campaignNumber());
        DocumentStore.StoredFile file = objection.evidence();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(store.openEvidence(file)));
    }

    private void requireOfficeOrAuditor(String campaign) {
        String office = campaigns.find(campaign).map(Campaign::officeGroup).orElse(ProcedureGroup.OFFICE.id());
        if (!user.inAny(ProcedureGroup.OFFICE.id(), office, ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("活动 " + campaign + " 的异议");
        }
    }
}
