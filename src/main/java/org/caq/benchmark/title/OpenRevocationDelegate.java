package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.springframework.stereotype.Component;

/**
 * Opens a revocation case on a report (Art. 24). The title must be in force and have no other open case; the
 * office that manages it opens it (a province's office only its own titles). The case's number becomes its key.
 */
@Component
class OpenRevocationDelegate implements JavaDelegate {

    private final Titles titles;
    private final Revocations revocations;
    private final Campaigns campaigns;
    private final CurrentUser user;
    private final LevelRules rules;

    OpenRevocationDelegate(Titles titles, Revocations revocations, Campaigns campaigns, CurrentUser user, LevelRules rules) {
        this.rules = rules;
        this.titles = titles;
        this.revocations = revocations;
        this.campaigns = campaigns;
        this.user = user;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String titleNumber = form.line(TitleProcess.TITLE_NUMBER, "称号编号", 48);
        RevocationGround ground = RevocationGround.of(execution.getVariable(TitleProcess.GROUND));
        String detail = ground == RevocationGround.OTHER_MAJOR_ACCIDENT
                ? form.line(TitleProcess.GROUND_DETAIL, "其他重大责任事故的方面", RevocationGround.MAX_DETAIL) : null;
        String report = form.text(TitleProcess.REPORT, "举报或核查线索", 4000);
        BenchmarkTitle title = titles.find(titleNumber)
                .orElseThrow(() -> new InvalidInput("称号编号 " + titleNumber + " 不存在：请按质量标杆名录中的称号编号填写。"));
        Campaign campaign = campaigns.find(title.campaignNumber()).orElseThrow();
        if (!user.actsFor(campaign.officeGroup())) {
            throw new InvalidInput("称号 " + titleNumber + " 是" + rules.of(campaign.directory()).titleName() + "，由"
                    + rules.of(campaign.directory()).officeName() + "管理：您只能对本级（本省）的称号受理撤销线索。");
        }
        titles.lock(titleNumber);
        if (title.status() == BenchmarkTitle.Status.REVOKED) {
            throw new InvalidInput("称号 " + titleNumber + " 已于 " + title.revokedOn() + " 撤销，无需再次办理。");
        }
        if (revocations.anyOpen(titleNumber)) {
            throw new InvalidInput("称号 " + titleNumber + " 已有正在办理的撤销案件，请在该案件中补充线索。");
        }
        String number = revocations.open(titleNumber, ground, detail, report, Actor.of(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(number);
    }
}
