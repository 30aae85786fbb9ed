package org.caq.benchmark.announcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.campaign.CampaignStatus;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** CAQ's approval of the results (Art. 22), with the reference of its decision; or the results go back with a comment. */
@Component
class RecordApprovalDelegate implements JavaDelegate {

    private final Announcements announcements;
    private final Campaigns campaigns;
    private final CampaignCases cases;

    RecordApprovalDelegate(Announcements announcements, Campaigns campaigns, CampaignCases cases) {
        this.announcements = announcements;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String decision = form.choice(AnnouncementProcess.APPROVAL_DECISION, "审批结论", AnnouncementProcess.APPROVAL_CHOICES);
        String campaign = cases.numberOf(execution);
        if (AnnouncementProcess.APPROVE.equals(decision)) {
            announcements.approve(campaign, Actor.of(execution),
                    form.line(AnnouncementProcess.APPROVAL_REFERENCE, "批准文件或会议纪要编号", 100));
        } else {
            form.text(AnnouncementProcess.APPROVAL_COMMENT, "退回意见", 1000);
            campaigns.moveTo(campaign, CampaignStatus.FINAL_LIST);
        }
    }
}
