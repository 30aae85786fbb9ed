package org.caq.benchmark.announcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.PublicationChannel;
import org.caq.benchmark.publicity.PublicationChannels;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.publicity.Publicity;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/**
 * Publishes the year's announcement (Art. 22): every application on the final list becomes a quality benchmark and
 * its title is entered in the registry (Art. 23–24); the throw events after this step start each title's management
 * case ({@link TitleAwardedMessage}) and end each application's case as awarded ({@link ResultAnnouncedMessage}).
 */
@Component
class AnnounceResultsDelegate implements JavaDelegate {

    private final Announcements announcements;
    private final Campaigns campaigns;
    private final Publicities publicities;
    private final Applications applications;
    private final Titles titles;
    private final IdentityService identity;
    private final Clock clock;
    private final CampaignCases cases;
    private final ResultAnnouncedMessage announced;
    private final TitleAwardedMessage awarded;

    AnnounceResultsDelegate(Announcements announcements, Campaigns campaigns, Publicities publicities,
            Applications applications, Titles titles, IdentityService identity, Clock clock,
            CampaignCases cases, ResultAnnouncedMessage announced, TitleAwardedMessage awarded) {
        this.announcements = announcements;
        this.campaigns = campaigns;
        this.publicities = publicities;
        this.applications = applications;
        this.titles = titles;
        this.identity = identity;
        this.clock = clock;
        this.cases = cases;
        this.announced = announced;
        this.awarded = awarded;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String documentNumber = form.line(AnnouncementProcess.DOCUMENT_NUMBER, "公告文号", 60);
        LocalDate publishedOn = form.date(AnnouncementProcess.PUBLISHED_ON, "发布日期");
        LocalDate today = LocalDate.now(clock);
        if (publishedOn.isAfter(today) || publishedOn.isBefore(today.minusDays(30))) {
            throw new InvalidInput("发布日期须在最近 30 天内且不晚于今天（" + today + "）（当前值：" + publishedOn + "）。");
        }
        Campaign campaign = cases.of(execution);
        PublicationChannels channels = PublicationChannels.read(form, AnnouncementProcess.CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, PublicationChannel.ANNOUNCEMENT, campaign.level() == CampaignLevel.NATIONAL
                        ? PublicationChannel.ANNOUNCEMENT_NATIONAL : List.of(), "《全国质量标杆遴选管理办法》第二十二条");
        announcements.publish(campaign.number(), documentNumber, titleOf(campaign), publishedOn, channels, Actor.of(execution));
        List<Publicity.Entry> selected = publicities.find(campaign.number()).orElseThrow().listed();
        boolean throwEvent = ModelMessages.thrownByModel(execution, ApplicationProcess.RESULT_ANNOUNCED);
        SystemCalls.run(identity, () -> {
            for (int i = 0; i < selected.size(); i++) {
                String titleNumber = String.format("%s-T%03d", campaign.number(), i + 1);
                titles.award(titleNumber, applications.find(selected.get(i).applicationNumber()).orElseThrow(), publishedOn);
            }
        });
        if (!ModelMessages.thrownByModel(execution, TitleProcess.TITLE_AWARDED)) {
            // a campaign on a model before the throw event 授予称号 (decision 0083): it starts the titles' cases here
            awarded.send(campaign.number());
        }
        if (!throwEvent) {
            // a campaign on a model before the throw event (docs/administration.md): it tells the cases here
            announced.send(campaign.number());
        }
        campaigns.moveTo(campaign.number(), CampaignStatus.ANNOUNCED);
    }

    static String titleOf(Campaign campaign) {
        return campaign.organiser() + "关于发布" + campaign.year() + "年" + campaign.level().displayName() + "质量标杆名单的公告";
    }
}
