package org.caq.benchmark.announcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.title.Titles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The published announcements, open without a login (Art. 22): the list as announced, for the page and for print. */
@RestController
class AnnouncementsController {

    record Benchmark(String titleNumber, String benchmarkName, String enterpriseName, String category,
            String recommendingUnit) {
    }

    record PublicAnnouncement(String campaign, int year, String level, String levelName, String title,
            String documentNumber, String organiser, LocalDate publishedOn, String approval, String channels,
            List<Benchmark> benchmarks) {
    }

    private final Announcements announcements;
    private final Campaigns campaigns;
    private final Titles titles;
    private final RecommendingUnits units;

    AnnouncementsController(Announcements announcements, Campaigns campaigns, Titles titles, RecommendingUnits units) {
        this.announcements = announcements;
        this.campaigns = campaigns;
        this.titles = titles;
        this.units = units;
    }

    @GetMapping("/public/api/announcements")
    List<PublicAnnouncement> all() {
        return announcements.published().stream().map(a -> toPublic(a, List.of())).toList();
    }

    @GetMapping("/public/api/announcements/{campaign}")
    ResponseEntity<?> one(@PathVariable String campaign) {
        return announcements.find(campaign).filter(Announcement::published)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(toPublic(a, benchmarks(campaign))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("message", "未找到 " + campaign + " 的结果公告：公告尚未发布或活动编号有误。")));
    }

    private List<Benchmark> benchmarks(String campaign) {
        Map<String, String> unitNames = units.names();
        return titles.ofCampaign(campaign).stream().map(t -> new Benchmark(t.number(), t.benchmarkName(), t.enterpriseName(),
                t.category(), unitNames.getOrDefault(t.recommendingUnit(), t.recommendingUnit()))).toList();
    }

    private PublicAnnouncement toPublic(Announcement announcement, List<Benchmark> benchmarks) {
        Campaign campaign = campaigns.find(announcement.campaignNumber()).orElseThrow();
        boolean national = campaign.level() == CampaignLevel.NATIONAL;
        return new PublicAnnouncement(campaign.number(), campaign.year(), campaign.level().value(),
                campaign.level().displayName(), announcement.title(), announcement.documentNumber(), campaign.organiser(),
                announcement.publishedOn(), national ? "经中国质量协会批准" : "经" + campaign.organiser() + "批准",
                announcement.channels().display(), benchmarks);
    }
}
