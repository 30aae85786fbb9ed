package org.caq.benchmark.title;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public registry of quality benchmarks and the revocation notices (Art. 22, 24), open without a login.
 * Revoked titles stay listed as revoked; nothing about the review or the report behind a decision is shown. A notice
 * is signed by the body that decided it (Art. 24: the office; a province's title: whom its notice makes determine them).
 */
@RestController
class RegistryController {

    /**
     * {@code videoUrl}, {@code videoParts}: the holder's promotional video (seed 001 annex 3 §1(4) "用于典型经验的宣传推广")
     * and the minutes of its three parts, shown while the title is in force.
     */
    record Entry(String titleNumber, String benchmarkName, String enterpriseName, int year, String level, String levelName,
            String category, String status, String statusName, LocalDate revokedOn, String revocationGround, String videoUrl,
            List<Integer> videoParts) {
    }

    /** One page of the registry: {@code total} titles match, {@code years} are every year the registry holds. */
    record Page(long total, int page, int size, List<Integer> years, List<Entry> entries) {
    }

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    record Notice(String noticeNumber, String title, String titleNumber, String benchmarkName, String enterpriseName,
            int year, String levelName, String ground, LocalDate revokedOn, String text, String organiser) {
    }

    private final Titles titles;
    private final Revocations revocations;
    private final Campaigns campaigns;
    private final LevelRules rules;
    private final Applications applications;

    RegistryController(Titles titles, Revocations revocations, Campaigns campaigns, LevelRules rules,
            Applications applications) {
        this.titles = titles;
        this.revocations = revocations;
        this.campaigns = campaigns;
        this.rules = rules;
        this.applications = applications;
    }

    /** A year's titles (revoked ones included: they were awarded that year) by province and by category. */
    @GetMapping("/public/api/registry/{year}/summary")
    TitlesByRegion.Summary summary(@PathVariable int year) {
        return TitlesByRegion.of(year, titles.ofYear(year), applications);
    }

    /** The registry a page at a time, newest year first; {@code page} counts from 1. */
    @GetMapping("/public/api/registry")
    Page registry(@RequestParam(required = false) Integer year, @RequestParam(required = false) String level,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        if (page < 1 || page > 100_000) {
            throw new InvalidInput("页码无效（当前值：" + page + "）：须为 1 至 100000 之间的整数。");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("每页条数无效（当前值：" + size + "）：须为 1 至 " + MAX_PAGE_SIZE + " 之间的整数。");
        }
        RegistryFilter filter = RegistryFilter.of(year, level, q);
        List<Entry> entries = titles.page(filter, (page - 1) * size, size).stream().map(RegistryController::entry).toList();
        long total = page == 1 && entries.size() < size ? entries.size() : titles.count(filter);
        return new Page(total, page, size, titles.years(), entries);
    }

    private static Entry entry(BenchmarkTitle t) {
        return new Entry(t.number(), t.benchmarkName(), t.enterpriseName(), t.year(),
                t.level().value(), t.level().displayName(), t.category(), t.status().name(), t.status().displayName(), t.revokedOn(),
                t.revocationGroundText(), active(t) ? t.videoUrl() : null, active(t) ? t.videoParts() : List.of());
    }

    private static boolean active(BenchmarkTitle title) {
        return title.status() == BenchmarkTitle.Status.ACTIVE;
    }

    @GetMapping("/public/api/revocations")
    List<Notice> notices() {
        Map<String, BenchmarkTitle> byNumber = titles.revoked().stream()
                .collect(Collectors.toMap(BenchmarkTitle::number, t -> t));
        return revocations.revoked().stream().map(r -> {
            BenchmarkTitle t = byNumber.get(r.titleNumber());
            return new Notice(r.number(), "关于撤销" + t.enterpriseName() + "“质量标杆”称号的公告", t.number(),
                    t.benchmarkName(), t.enterpriseName(), t.year(), t.level().displayName(), r.groundText(), t.revokedOn(),
                    r.noticeText(), rules.of(campaigns.find(t.campaignNumber()).orElseThrow().directory()).revokerName());
        }).toList();
    }
}
