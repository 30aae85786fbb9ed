package org.caq.benchmark.announcement;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/**
 * The campaign's throw event 启动各称号的管理：授予称号: every title the announcement entered in the registry (the
 * campaign's own record, never a variable) gets its management case, started at its message start event 授予称号 on the
 * procedure's account, in the transaction that awarded the titles. A title that already has its case refuses a second
 * one ({@link Titles#start}).
 */
@Component
class TitleAwardedMessage implements JavaDelegate {

    private final Titles titles;
    private final CampaignCases cases;
    private final IdentityService identity;

    TitleAwardedMessage(Titles titles, CampaignCases cases, IdentityService identity) {
        this.titles = titles;
        this.cases = cases;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(cases.numberOf(execution));
    }

    void send(String campaign) {
        SystemCalls.run(identity, () -> titles.ofCampaign(campaign).stream().map(BenchmarkTitle::number).forEach(titles::start));
    }
}
