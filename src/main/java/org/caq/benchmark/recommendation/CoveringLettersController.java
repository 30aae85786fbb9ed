package org.caq.benchmark.recommendation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.StateConflict;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's 推荐文件 for one campaign: the city uploads it while it recommends; the city, the campaign's office, the
 * national office, the auditor and administrators read it. Nobody else learns whether one exists.
 */
@RestController
class CoveringLettersController {

    private static final Logger log = LoggerFactory.getLogger(CoveringLettersController.class);
    /** While the unit still recommends: the window and the recommendation period after it. */
    private static final Set<CampaignStatus> RECOMMENDING = EnumSet.of(CampaignStatus.OPEN, CampaignStatus.CLOSED);

    record Status(boolean required, CoveringLetters.Letter letter) {
    }

    private final CoveringLetters letters;
    private final Campaigns campaigns;
    private final RecommendingUnits units;
    private final CurrentUser user;

    CoveringLettersController(CoveringLetters letters, Campaigns campaigns, RecommendingUnits units, CurrentUser user) {
        this.letters = letters;
        this.campaigns = campaigns;
        this.units = units;
        this.user = user;
    }

    @GetMapping("/api/campaigns/{campaign}/units/{unit}/covering-letter")
    Status status(@PathVariable String campaign, @PathVariable String unit) {
        RecommendingUnit u = readable(campaign, unit);
        return new Status(CoveringLetters.required(u), letters.latest(campaign, unit).orElse(null));
    }

    @GetMapping("/api/campaigns/{campaign}/units/{unit}/covering-letter.pdf")
    ResponseEntity<InputStreamResource> download(@PathVariable String campaign, @PathVariable String unit) {
        readable(campaign, unit);
        CoveringLetters.Letter letter = letters.latest(campaign, unit)
                .orElseThrow(() -> new ApplicationAccess.NotVisible("推荐单位 " + unit + " 在 " + campaign + " 的推荐文件"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.inline().filename(letter.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_PDF).contentLength(letter.sizeBytes())
                .body(new InputStreamResource(letters.open(letter)));
    }

    /** The raw PDF as the body, as the sealed 推荐表 is sent; only the unit's own officers, while it recommends. */
    @PostMapping("/api/campaigns/{campaign}/units/{unit}/covering-letter")
    ResponseEntity<CoveringLetters.Letter> upload(@PathVariable String campaign, @PathVariable String unit,
            @RequestParam String fileName, HttpServletRequest request) throws IOException {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        RecommendingUnit u = units.find(unit).filter(found -> user.inAny(found.groupId()))
                .orElseThrow(() -> new ApplicationAccess.NotVisible("推荐单位 " + unit + " 的推荐文件"));
        if (!u.directory().equals(c.directory()) || !CoveringLetters.required(u)) {
            throw new InvalidInput("推荐文件只由山东省省级遴选的各市工业和信息化局报送（山东省通知一（三）2）；" + u.name()
                    + "在 " + campaign + " 中无需上传。");
        }
        CampaignStatus status = campaigns.status(campaign).orElseThrow();
        if (!RECOMMENDING.contains(status)) {
            throw new StateConflict(campaign + " 当前为“" + status.displayName() + "”：推荐截止前才能上传推荐文件。");
        }
        try (InputStream body = request.getInputStream()) {
            CoveringLetters.Letter letter = letters.upload(campaign, unit, fileName, body, user.id());
            log.info("Covering letter {} of unit {} for {} uploaded by {}", letter.id(), unit, campaign, user.id());
            return ResponseEntity.created(URI.create("/api/campaigns/" + campaign + "/units/" + unit + "/covering-letter.pdf"))
                    .body(letter);
        }
    }

    private RecommendingUnit readable(String campaign, String unit) {
        Campaign c = campaigns.find(campaign).orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaign));
        return units.find(unit).filter(u -> user.inAny(u.groupId(), c.officeGroup(), ProcedureGroup.OFFICE.id(),
                ProcedureGroup.AUDITOR.id(), CurrentUser.ADMINS))
                .orElseThrow(() -> new ApplicationAccess.NotVisible("推荐单位 " + unit + " 在 " + campaign + " 的推荐文件"));
    }
}
