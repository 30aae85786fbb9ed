package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.ModelMessages;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.springframework.stereotype.Component;

/**
 * The office's decision on a revocation ("办公室对质量标杆单位实行动态管理…撤销称号并公告", Art. 24; one level down the
 * province's office). Revoked: the registry marks the title with the date and the ground, the office's notice is
 * published citing the rule of the title's level, and the model's end event 称号已撤销 ends the title's management case
 * ({@link TitleRevokedMessage}); kept: nothing changes.
 */
@Component
class RecordRevocationDecisionDelegate implements JavaDelegate {

    private final Revocations revocations;
    private final Titles titles;
    private final Campaigns campaigns;
    private final Clock clock;
    private final TitleCases cases;
    private final LevelRules rules;
    /** Sends TitleRevoked for a case on a version without the end event (deployed before issue 16). */
    private final TitleRevokedMessage revoked;

    RecordRevocationDecisionDelegate(Revocations revocations, Titles titles, Campaigns campaigns, Clock clock,
            TitleCases cases, LevelRules rules, TitleRevokedMessage revoked) {
        this.revoked = revoked;
        this.rules = rules;
        this.revocations = revocations;
        this.titles = titles;
        this.campaigns = campaigns;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String decision = form.choice(TitleProcess.DECISION, "决定", TitleProcess.REVOCATION_CHOICES);
        String reason = form.text(TitleProcess.DECISION_REASON, "决定理由", 2000);
        Revocation revocation = cases.revocationOf(execution).orElseThrow();
        if (!TitleProcess.REVOKE.equals(decision)) {
            revocations.decided(revocation.number(), TitleProcess.KEEP, reason, Actor.of(execution), null);
            return;
        }
        BenchmarkTitle title = titles.find(revocation.titleNumber()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        titles.revoke(title.number(), today, revocation.ground(), revocation.groundDetail());
        revocations.decided(revocation.number(), TitleProcess.REVOKE, reason, Actor.of(execution),
                notice(title, revocation, today));
        if (!ModelMessages.thrownByModel(execution, TitleProcess.TITLE_REVOKED)) {
            revoked.execute(execution);
        }
    }

    /**
     * The public notice states what was found and what the deciding body did, and the rule of the title's level (nationally Art. 24,
     * a province's title its own notice); never the reasons written for the decision. The office signs it on the
     * public page (RegistryController).
     */
    private String notice(BenchmarkTitle title, Revocation revocation, LocalDate today) {
        Campaign campaign = campaigns.find(title.campaignNumber()).orElseThrow();
        LevelRule rule = rules.of(campaign.directory());
        return title.enterpriseName() + "的“" + title.benchmarkName() + "”为" + title.year() + "年" + rule.titleName()
                + "（称号编号 " + title.number() + "）。经调查核实，该单位" + revocation.groundText() + "。" + rule.revocationBasis()
                + "，" + rule.revokerName() + "决定自 " + today + " 起撤销其“" + rule.titleName() + "”称号。\n\n特此公告。";
    }
}
