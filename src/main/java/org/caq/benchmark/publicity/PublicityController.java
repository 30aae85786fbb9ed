package org.caq.benchmark.publicity;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public side of publicity, open to anyone without a login (Art. 21): the published lists and the objection
 * intake. It shows what was published (names, enterprises, recommending units, the period), never a score, a
 * comment, an expert or an objector.
 */
@RestController
class PublicityController {

    record Entry(String applicationNumber, String benchmarkName, String enterpriseName, String recommendingUnit,
            String category, boolean withdrawn, String note) {
    }

    record PublicList(String campaign, String title, String organiser, LocalDate startsOn, LocalDate endsOn,
            int workingDays, String channels, boolean open, String status, List<Entry> entries) {
    }

    private final Publicities publicities;
    private final Campaigns campaigns;
    private final Applications applications;
    private final RecommendingUnits units;
    private final ObjectionIntake intake;
    private final ObjectionLookup lookup;
    private final Clock clock;

    PublicityController(Publicities publicities, Campaigns campaigns, Applications applications, RecommendingUnits units,
            ObjectionIntake intake, ObjectionLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.publicities = publicities;
        this.campaigns = campaigns;
        this.applications = applications;
        this.units = units;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/public/api/publicity")
    List<PublicList> lists() {
        Map<String, String> unitNames = units.names();
        return publicities.all().stream().map(publicity -> toPublic(publicity, unitNames)).toList();
    }

    @PostMapping("/public/api/objections")
    ResponseEntity<Map<String, String>> object(@RequestParam(required = false) String applicationNumber,
            @RequestParam(required = false) String name, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestParam(required = false) String grounds, @RequestParam(required = false) String pledge,
            @RequestParam(required = false) MultipartFile evidence, HttpServletRequest request) throws IOException {
        ObjectionForm form = ObjectionForm.of(applicationNumber, name, organisation, phone, email, grounds, pledge);
        boolean withFile = evidence != null && !evidence.isEmpty();
        String number;
        try (InputStream content = withFile ? evidence.getInputStream() : null) {
            number = intake.submit(form, withFile ? evidence.getOriginalFilename() : null, content, request.getRemoteAddr());
        }
        String organiser = intake.organiserOf(applications.find(form.applicationNumber()).orElseThrow().campaignNumber());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", number, "organiser", organiser, "message",
                "异议已受理，编号 " + number + "。" + organiser + "将调查核实并报评审委员会审议，审议结果将按您留下的联系方式答复；"
                        + "其间可凭异议编号和联系电话在“通知公告”页的“异议办理进度查询”查看办理进度。"));
    }

    record LookupRequest(String number, String phone) {
    }

    /** An objection's progress for whoever has its number and the phone given with it; POST keeps the phone out of URLs. */
    @PostMapping("/public/api/objections/lookup")
    ObjectionLookup.Progress lookup(@org.springframework.web.bind.annotation.RequestBody LookupRequest body,
            HttpServletRequest request) {
        return lookup.find(body.number() == null ? null : body.number().strip(), body.phone(), request.getRemoteAddr())
                .orElseThrow(ObjectionLookup.NotFound::new);
    }

    @ExceptionHandler(ObjectionLookup.NotFound.class)
    ResponseEntity<Map<String, String>> notFound(ObjectionLookup.NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(ObjectionLookup.TooManyLookups.class)
    ResponseEntity<Map<String, String>> tooManyLookups(ObjectionLookup.TooManyLookups e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(ObjectionIntake.TooManyObjections.class)
    ResponseEntity<Map<String, String>> tooMany(ObjectionIntake.TooManyObjections e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(Map.of("message", e.getMessage()));
    }

    private PublicList toPublic(Publicity publicity, Map<String, String> unitNames) {
        Campaign campaign = campaigns.find(publicity.campaignNumber()).orElseThrow();
        Map<String, Applications.Case> cases = applications.inCampaign(campaign.number()).stream()
                .collect(Collectors.toMap(Applications.Case::number, c -> c));
        boolean open = intake.accepting(publicity);
        // by the dates first: a list whose period is still to come is never called ended
        String status = LocalDate.now(clock).isBefore(publicity.startsOn()) ? "即将公示" : open ? "公示中"
                : publicity.closedAt() != null ? "公示已结束" : "公示期满，异议办理中";
        List<Entry> entries = publicity.entries().stream().map(e -> {
            Applications.Case c = cases.get(e.applicationNumber());
            return new Entry(e.applicationNumber(), e.benchmarkName(), e.enterpriseName(),
                    unitNames.getOrDefault(c.recommendingUnit(), c.recommendingUnit()), c.application().category().displayName(), !e.listed(),
                    e.listed() ? null : e.outcome().displayName());
        }).toList();
        return new PublicList(campaign.number(), campaign.year() + "年" + campaign.level().displayName() + "质量标杆推荐名单公示",
                campaign.organiser(), publicity.startsOn(), publicity.endsOn(), publicity.workingDays(), publicity.channels().display(), open, status,
                entries);
    }
}
