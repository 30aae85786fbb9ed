package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The committee's decision on a revocation. Revoked: the registry marks the title with the date and the ground,
 * the notice is published (Art. 24) and the title's management case ends; kept: nothing changes.
 */
@Component
class RecordRevocationDecisionDelegate implements JavaDelegate {

    private final Revocations revocations;
    private final Titles titles;
    private final Campaigns campaigns;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final TitleCases cases;

    RecordRevocationDecisionDelegate(Revocations revocations, Titles titles, Campaigns campaigns, RuntimeService runtime,
            IdentityService identity, Clock clock, TitleCases cases) {
        this.revocations = revocations;
        this.titles = titles;
        this.campaigns = campaigns;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String decision = form.choice(TitleProcess.DECISION, "审议结论", TitleProcess.REVOCATION_CHOICES);
        String reason = form.text(TitleProcess.DECISION_REASON, "审议意见", 2000);
        Revocation revocation = cases.revocationOf(execution).orElseThrow();
        if (!TitleProcess.REVOKE.equals(decision)) {
            revocations.decided(revocation.number(), TitleProcess.KEEP, reason, Actor.of(execution), null);
            return;
        }
        BenchmarkTitle title = titles.find(revocation.titleNumber()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        titles.revoke(title.number(), today, revocation.ground());
        revocations.decided(revocation.number(), TitleProcess.REVOKE, reason, Actor.of(execution),
                notice(title, revocation.ground(), today));
        SystemCalls.run(identity, () -> runtime.createMessageCorrelation(TitleProcess.TITLE_REVOKED)
                .processInstanceId(titles.processOf(title.number()).orElseThrow()).correlateAll());
    }

    /** The public notice states the facts and the rule, not the committee's deliberation. */
    private String notice(BenchmarkTitle title, RevocationGround ground, LocalDate today) {
        Campaign campaign = campaigns.find(title.campaignNumber()).orElseThrow();
        return title.enterpriseName() + "的“" + title.benchmarkName() + "”为" + title.year() + "年"
                + title.level().displayName() + "质量标杆（称号编号 " + title.number() + "）。经调查核实，该单位"
                + ground.displayName() + "。根据《全国质量标杆遴选管理办法》第二十四条，经评审委员会审议，决定自 " + today
                + " 起撤销其“质量标杆”称号。\n\n特此公告。\n\n" + campaign.organiser();
    }
}
