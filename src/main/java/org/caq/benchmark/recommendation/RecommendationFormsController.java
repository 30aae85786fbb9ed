package org.caq.benchmark.recommendation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.caq.benchmark.StateConflict;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.RecommendationDigest;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.documents.Document;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.documents.PrintedForms;
import org.caq.benchmark.documents.SealedForms;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.printing.Downloads;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommending unit's papers: the 推荐表 of each application it recommended, its 推荐汇总表 (PDF and .xlsx), and the
 * upload of the sealed 推荐表. Only the unit's officers upload; the unit, its office, auditors and administrators read the
 * summary; a 推荐表 is read by whoever may read the application.
 */
@RestController
class RecommendationFormsController {

    private final ApplicationAccess access;
    private final Applications applications;
    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final Quotas quotas;
    private final PrintedForms printed;
    private final SealedForms sealed;
    private final DocumentStore store;
    private final CurrentUser user;
    private final HistoryService history;
    private final IdentityService identity;

    RecommendationFormsController(ApplicationAccess access, Applications applications, Campaigns campaigns,
            RecommendingUnits units, Quotas quotas, PrintedForms printed, SealedForms sealed, DocumentStore store,
            CurrentUser user, HistoryService history, IdentityService identity) {
        this.access = access;
        this.applications = applications;
        this.campaigns = campaigns;
        this.units = units;
        this.quotas = quotas;
        this.printed = printed;
        this.sealed = sealed;
        this.store = store;
        this.user = user;
        this.history = history;
        this.identity = identity;
    }

    @GetMapping("/api/applications/{number}/recommendation-form.pdf")
    ResponseEntity<byte[]> form(@PathVariable String number) {
        Applications.Case c = recommendable(access.readable(number));
        Campaign campaign = campaigns.find(c.campaignNumber()).orElseThrow();
        RecommendationPrints.Printed pdf = RecommendationPrints.form(campaign, c, units.nameOf(c.recommendingUnit()),
                c.status().isRecommended() ? comment(c.number()) : null);
        printed.record(number, PrintedForms.Kind.RECOMMENDATION_FORM, pdf.digest(), user.id());
        return Downloads.pdf(number + "-推荐表.pdf", pdf.pdf());
    }

    /**
     * The sealed 推荐表, uploaded by an officer of the case's unit while it decides (the recommendation needs it) or once
     * the case is recommended and still running.
     */
    @PostMapping("/api/applications/{number}/recommendation-form")
    ResponseEntity<Document> upload(@PathVariable String number, @RequestParam String fileName,
            @RequestParam(required = false) String declaredCode, HttpServletRequest request) throws IOException {
        Applications.Case c = access.readable(number);
        if (!user.inAny(RecommendingUnit.groupOf(c.recommendingUnit()))) {
            throw new ApplicationAccess.NotVisible("申报 " + number + " 的推荐表");
        }
        recommendableAndRunning(c);
        String digest = RecommendationDigest.of(c);
        SealedForms.requireDeclaredCode(declaredCode, digest);
        try (InputStream body = request.getInputStream()) {
            Document document = store.save(number, DocumentKind.SEALED_RECOMMENDATION, fileName, body, user.id(),
                    () -> recommendableAndRunning(applications.lock(number).orElseThrow()));
            sealed.check(document, PrintedForms.Kind.RECOMMENDATION_FORM, digest, declaredCode);
            return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
        }
    }

    @GetMapping("/api/campaigns/{campaign}/units/{unit}/recommendations.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable String campaign, @PathVariable String unit) {
        Campaign c = summaryReadable(campaign, unit);
        String unitName = units.nameOf(unit);
        return Downloads.pdf(campaign + "-" + unitName + "-推荐汇总表.pdf", RecommendationPrints.summaryPdf(c, unitName,
                recommendedBy(campaign, unit), quotas.find(campaign, unit).orElse(new Quotas.Quota(0, 0))));
    }

    @GetMapping("/api/campaigns/{campaign}/units/{unit}/recommendations.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@PathVariable String campaign, @PathVariable String unit) {
        Campaign c = summaryReadable(campaign, unit);
        String unitName = units.nameOf(unit);
        return Downloads.xlsx(campaign + "-" + unitName + "-推荐汇总表.xlsx",
                RecommendationPrints.summaryXlsx(c, recommendedBy(campaign, unit)));
    }

    private Campaign summaryReadable(String campaign, String unit) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        if (units.find(unit).isEmpty() || !user.inAny(RecommendingUnit.groupOf(unit), c.officeGroup(),
                ProcedureGroup.OFFICE.id(), ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS)) {
            throw new ApplicationAccess.NotVisible("推荐单位 " + unit + " 在 " + campaign + " 的推荐汇总表");
        }
        return c;
    }

    private List<Applications.Case> recommendedBy(String campaign, String unit) {
        return applications.inCampaign(campaign).stream()
                .filter(c -> c.recommendingUnit().equals(unit) && c.status().isRecommended()).toList();
    }

    private static Applications.Case recommendable(Applications.Case c) {
        if (!c.status().hasRecommendationForm()) {
            throw new StateConflict("申报 " + c.number() + " 当前状态为“" + c.status().displayName()
                    + "”，在线申报提交推荐单位后才有推荐表。");
        }
        return c;
    }

    private static void recommendableAndRunning(Applications.Case c) {
        if (recommendable(c).status().isOutcome()) {
            throw new StateConflict("申报 " + c.number() + " 当前状态为“" + c.status().displayName()
                    + "”：在线申报提交推荐单位后、申报结束前才能上传加盖公章的推荐表。");
        }
    }

    /** The unit's comment when it recommended (before, a return's comment is no recommendation's), read on the procedure's account (officers may not read history). */
    private String comment(String number) {
        String instance = applications.processInstanceOf(number).orElseThrow();
        return SystemCalls.call(identity, () -> history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ApplicationProcess.RECOMMENDATION_COMMENT).list().stream().findFirst()
                .map(HistoricVariableInstance::getValue).map(String::valueOf).orElse(null));
    }
}
