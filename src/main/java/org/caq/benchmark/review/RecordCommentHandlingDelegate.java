package org.caq.benchmark.review;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** Records how the office handled each of the ministry's comments; every comment needs its handling. */
@Component
class RecordCommentHandlingDelegate implements JavaDelegate {

    private final ConsultMinistry consultation;
    private final MinistryComments comments;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    RecordCommentHandlingDelegate(ConsultMinistry consultation, MinistryComments comments, Campaigns campaigns, CampaignCases cases) {
        this.consultation = consultation;
        this.comments = comments;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        Map<String, String> handling = consultation.perApplication(new FormValues(execution.getVariables())
                .optionalLines(ReviewProcess.COMMENT_HANDLING, "处理情况", 100, 1100), campaign, "处理情况");
        comments.of(campaign).keySet().stream().filter(number -> !handling.containsKey(number)).findFirst()
                .ifPresent(number -> {
                    throw new InvalidInput("请写明对申报 " + number + " 的工信部意见的处理情况。");
                });
        handling.forEach((number, text) -> comments.handle(campaign, number, text));
        campaigns.moveTo(campaign, CampaignStatus.PRELIMINARY_LIST_READY);
    }
}
