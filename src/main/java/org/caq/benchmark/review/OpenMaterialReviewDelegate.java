package org.caq.benchmark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.springframework.stereotype.Component;

/**
 * Opens material review (Art. 19): assigns every passed application. The throw event after it
 * ({@link MaterialReviewOpenedMessage}) tells each case it is under review.
 */
@Component
class OpenMaterialReviewDelegate implements JavaDelegate {

    private final ReviewRound round;
    private final Committees committees;
    private final Campaigns campaigns;
    private final Clock clock;
    private final LegacyReviewStages legacy;
    private final CampaignCases cases;
    private final MaterialReviewOpenedMessage opened;

    OpenMaterialReviewDelegate(ReviewRound round, Committees committees, Campaigns campaigns, Clock clock,
            CampaignCases cases, LegacyReviewStages legacy, MaterialReviewOpenedMessage opened) {
        this.round = round;
        this.committees = committees;
        this.campaigns = campaigns;
        this.clock = clock;
        this.legacy = legacy;
        this.cases = cases;
        this.opened = opened;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        FormValues form = new FormValues(execution.getVariables());
        LocalDate due = futureDate(form, ReviewProcess.REVIEW_DUE_DATE, "资料评审截止日期", clock);
        int reminderDays = form.integer(ReviewProcess.REMINDER_DAYS, "提前提醒天数", 0, 30);
        committees.recordMaterialReviewDue(campaign, due);
        List<String> assigned = round.open(campaign, ReviewStage.MATERIAL, due, reminderDays);
        legacy.startReviewsIfWaitingForMessages(execution, campaign, ReviewStage.MATERIAL);
        if (!ModelMessages.thrownByModel(execution, ApplicationProcess.MATERIAL_REVIEW_OPENED)) {
            // a campaign on a model before the throw event (docs/administration.md): it tells the cases here
            opened.send(campaign);
        }
        campaigns.moveTo(campaign, assigned.isEmpty() ? CampaignStatus.NO_REVIEW : CampaignStatus.MATERIAL_REVIEW);
    }

    static LocalDate futureDate(FormValues form, String key, String label, Clock clock) {
        LocalDate date = form.date(key, label);
        if (!date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput(label + "须晚于今天（当前值：" + date + "）。");
        }
        return date;
    }
}
