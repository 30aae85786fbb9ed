package org.caq.benchmark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/** Opens material review (Art. 19): assigns every passed application and tells each case it is under review. */
@Component
class OpenMaterialReviewDelegate implements JavaDelegate {

    private final ReviewRound round;
    private final Committees committees;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final LegacyReviewStages legacy;
    private final CampaignCases cases;
    private final Applications applications;

    OpenMaterialReviewDelegate(ReviewRound round, Committees committees, Campaigns campaigns, RuntimeService runtime,
            IdentityService identity, Clock clock, CampaignCases cases, Applications applications,
            LegacyReviewStages legacy) {
        this.round = round;
        this.committees = committees;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
        this.legacy = legacy;
        this.cases = cases;
        this.applications = applications;
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
        SystemCalls.run(identity, () -> assigned.forEach(number ->
                runtime.createMessageCorrelation(ApplicationProcess.MATERIAL_REVIEW_OPENED)
                        .processInstanceId(applications.processOf(number).orElseThrow()).correlate()));
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
