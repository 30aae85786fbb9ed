package org.caq.benchmark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Schedules the defense (Art. 20): date and place, the experts' due date, and the on-site verifications the
 * office orders (seed 001 §1(3)); then assigns the shortlisted applications to their groups' experts. The throw event
 * after it ({@link SiteVerificationOrderedMessage}) starts the verification in each case concerned.
 */
@Component
class ScheduleDefenseDelegate implements JavaDelegate {

    static final int REMINDER_DAYS = 3;

    private final Committees committees;
    private final Applications applications;
    private final SiteVerifications sites;
    private final ReviewRound round;
    private final Campaigns campaigns;
    private final Clock clock;
    private final LegacyReviewStages legacy;
    private final CampaignCases cases;
    private final SiteVerificationOrderedMessage ordered;

    ScheduleDefenseDelegate(Committees committees, Applications applications, SiteVerifications sites, ReviewRound round,
            Campaigns campaigns, Clock clock, CampaignCases cases, LegacyReviewStages legacy,
            SiteVerificationOrderedMessage ordered) {
        this.committees = committees;
        this.applications = applications;
        this.sites = sites;
        this.round = round;
        this.campaigns = campaigns;
        this.clock = clock;
        this.legacy = legacy;
        this.cases = cases;
        this.ordered = ordered;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        FormValues form = new FormValues(execution.getVariables());
        LocalDate date = OpenMaterialReviewDelegate.futureDate(form, ReviewProcess.DEFENSE_DATE, "答辩日期", clock);
        String place = form.line(ReviewProcess.DEFENSE_PLACE, "答辩地点（或线上方式）", 200);
        LocalDate due = form.date(ReviewProcess.DEFENSE_DUE_DATE, "答辩评审截止日期");
        if (due.isBefore(date)) {
            throw new InvalidInput("答辩评审截止日期不得早于答辩日期 " + date + "（当前值：" + due + "）。");
        }
        List<String> verifications = form.optionalLines(ReviewProcess.SITE_VERIFICATIONS, "现场核查申报编号", 50, 48);
        for (String number : verifications) {
            boolean shortlisted = applications.find(number).filter(c -> c.campaignNumber().equals(campaign)
                    && c.status() == ApplicationStatus.IN_DEFENSE_REVIEW).isPresent();
            if (!shortlisted) {
                throw new InvalidInput("申报 " + number + " 不是本活动入围答辩的申报，不能安排现场核查。");
            }
        }
        committees.recordDefense(campaign, date, place, due);
        verifications.forEach(sites::order);
        if (!ModelMessages.thrownByModel(execution, ReviewProcess.SITE_VERIFICATION_ORDERED)) {
            // a campaign on a model before the throw event (docs/administration.md): it tells the cases here
            ordered.send(campaign);
        }
        List<String> assigned = round.open(campaign, ReviewStage.DEFENSE, due, REMINDER_DAYS);
        legacy.startReviewsIfWaitingForMessages(execution, campaign, ReviewStage.DEFENSE);
        campaigns.moveTo(campaign, assigned.isEmpty() ? CampaignStatus.NO_REVIEW : CampaignStatus.DEFENSE_REVIEW);
    }
}
