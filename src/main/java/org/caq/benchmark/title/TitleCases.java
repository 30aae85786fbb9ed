package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.CaseRecords;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.caq.benchmark.review.Committees;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@code benchmark-title} and {@code benchmark-revocation} route on, read from the registry: the holder, the
 * office that manages the title and decides a revocation (Art. 24), the level whose duties apply, the due dates.
 */
@Component("titleCases")
public class TitleCases {

    private final Titles titles;
    private final Revocations revocations;
    private final Campaigns campaigns;
    private final Committees committees;
    private final LevelRules rules;
    private final int videoDays;
    private final int plaqueDays;
    private final int exchangeDays;
    private final int followUpDays;
    private final Clock clock;

    TitleCases(Titles titles, Revocations revocations, Campaigns campaigns, Committees committees, LevelRules rules, Clock clock,
            @Value("${benchmark.titles.video-due-days:60}") int videoDays,
            @Value("${benchmark.titles.plaque-due-days:90}") int plaqueDays,
            @Value("${benchmark.titles.exchange-due-days:365}") int exchangeDays,
            @Value("${benchmark.titles.follow-up-days:10}") int followUpDays) {
        this.titles = titles;
        this.revocations = revocations;
        this.campaigns = campaigns;
        this.committees = committees;
        this.rules = rules;
        this.clock = clock;
        this.videoDays = videoDays;
        this.plaqueDays = plaqueDays;
        this.exchangeDays = exchangeDays;
        this.followUpDays = followUpDays;
    }

    /** The title of a management case (business key: the title's number) or of a revocation case. */
    public BenchmarkTitle of(DelegateExecution execution) {
        String number = revocationOf(execution).map(Revocation::titleNumber)
                .orElseGet(() -> CaseRecords.own(execution, "质量标杆称号", titles::claim));
        return titles.find(number).orElseThrow(() -> new IllegalStateException("No title " + number));
    }

    /** The revocation case's record, once known to be this case's own; nothing for a title's management case. */
    public Optional<Revocation> revocationOf(DelegateExecution execution) {
        if (!TitleProcess.REVOCATION_KEY.equals(processKey(execution))) {
            return Optional.empty();
        }
        String number = CaseRecords.own(execution, "撤销称号案件", (key, instance) -> revocations.processOf(key));
        return Optional.of(revocations.find(number).orElseThrow());
    }

    public String holderOf(DelegateExecution execution) {
        return of(execution).holderUser();
    }

    public String officeGroupOf(DelegateExecution execution) {
        return campaigns.find(of(execution).campaignNumber()).orElseThrow().officeGroup();
    }

    /**
     * The promotional video and CAQ's exchange activities are the duties of a national title (seed 001 annex 3 §1(4)
     * "被遴选为'全国质量标杆'的单位需录制视频"; Art. 23); a provincial title has its plaque only.
     */
    public boolean national(DelegateExecution execution) {
        return of(execution).level() == CampaignLevel.NATIONAL;
    }

    public Date plaqueDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).awardedOn().plusDays(plaqueDays));
    }

    public Date videoDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).awardedOn().plusDays(videoDays));
    }

    /** By when a national title holder has attended one of CAQ's exchange activities (Art. 23). */
    public Date exchangeDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(of(execution).awardedOn().plusDays(exchangeDays));
    }

    /** When the office should have followed an overdue duty up. */
    public Date followUpDueAt(DelegateExecution execution) {
        return BeijingTime.endOf(LocalDate.now(clock).plusDays(followUpDays));
    }

    /** Whether the case's model asks the video's three parts (models deployed before it asked the total only). */
    boolean askedForVideoParts(DelegateExecution execution) {
        return execution.getBpmnModelInstance().getModelElementById(TitleProcess.DUTIES_GATEWAY) != null;
    }

    /**
     * Who decides a revocation: the national office (Art. 24 "办公室…撤销称号并公告"); one level down whom the
     * province's notice makes determine its titles (directory/level-rules.csv).
     */
    public String revocationDeciderOf(DelegateExecution execution) {
        return rules.of(campaigns.find(of(execution).campaignNumber()).orElseThrow().directory()).revokerGroup();
    }

    /**
     * The chair of the committee that selected the title: a revocation case started before the office decided them
     * (Art. 24) still reaches its decision through the chair; no model deployed since uses this.
     */
    public String chairOf(DelegateExecution execution) {
        return committees.chairUserOf(of(execution).campaignNumber());
    }

    public boolean revoked(DelegateExecution execution) {
        return revocationOf(execution).orElseThrow().revoked();
    }

    private static String processKey(DelegateExecution execution) {
        return execution.getProcessDefinitionId().substring(0, execution.getProcessDefinitionId().indexOf(':'));
    }
}
