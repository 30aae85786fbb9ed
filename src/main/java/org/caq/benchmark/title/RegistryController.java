package org.caq.benchmark.title;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaigns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public registry of quality benchmarks and the revocation notices (Art. 22, 24), open without a login.
 * Revoked titles stay listed as revoked; nothing about the review or the report behind a decision is shown.
 */
@RestController
class RegistryController {

    record Entry(String titleNumber, String benchmarkName, String enterpriseName, int year, String level, String levelName,
            String category, String status, String statusName, LocalDate revokedOn, String revocationGround) {
    }

    record Notice(String noticeNumber, String title, String titleNumber, String benchmarkName, String enterpriseName,
            int year, String levelName, String ground, LocalDate revokedOn, String text, String organiser) {
    }

    private final Titles titles;
    private final Revocations revocations;
    private final Campaigns campaigns;
    private final Applications applications;

    RegistryController(Titles titles, Revocations revocations, Campaigns campaigns, Applications applications) {
        this.titles = titles;
        this.revocations = revocations;
        this.campaigns = campaigns;
        this.applications = applications;
    }

    /** A year's titles (revoked ones included: they were awarded that year) by province and by category. */
    @GetMapping("/public/api/registry/{year}/summary")
    TitlesByRegion.Summary summary(@org.springframework.web.bind.annotation.PathVariable int year) {
        return TitlesByRegion.of(year, titles.all(), applications);
    }

    @GetMapping("/public/api/registry")
    List<Entry> registry() {
        return titles.all().stream().map(t -> new Entry(t.number(), t.benchmarkName(), t.enterpriseName(), t.year(),
                t.level().value(), t.level().displayName(), t.category(), t.status().name(), t.status().displayName(), t.revokedOn(),
                t.revocationGround() == null ? null : t.revocationGround().displayName())).toList();
    }

    @GetMapping("/public/api/revocations")
    List<Notice> notices() {
        Map<String, BenchmarkTitle> byNumber = titles.all().stream()
                .collect(Collectors.toMap(BenchmarkTitle::number, t -> t));
        return revocations.revoked().stream().map(r -> {
            BenchmarkTitle t = byNumber.get(r.titleNumber());
            return new Notice(r.number(), "关于撤销" + t.enterpriseName() + "“质量标杆”称号的公告", t.number(),
                    t.benchmarkName(), t.enterpriseName(), t.year(), t.level().displayName(), r.ground().displayName(), t.revokedOn(),
                    r.noticeText(), campaigns.find(t.campaignNumber()).orElseThrow().organiser());
        }).toList();
    }
}
