package org.caq.benchmark.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.procedure.PlainText;
import org.springframework.stereotype.Component;

/** Records where the office published the year's notice (Measures Art. 6: focus areas and schedule). */
@Component
class RecordCampaignNoticeDelegate implements JavaDelegate {

    static final int MAX_URL = 500;

    private final Campaigns campaigns;
    private final CampaignCases cases;

    RecordCampaignNoticeDelegate(Campaigns campaigns, CampaignCases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object value = execution.getVariable(CampaignProcess.NOTICE_URL);
        String url = PlainText.line(value == null ? "" : value.toString().strip(), "通知网址");
        if (!url.matches("^https?://\\S+$") || url.length() > MAX_URL) {
            throw new InvalidInput("通知网址须以 http:// 或 https:// 开头、不含空格、不超过 " + MAX_URL
                    + " 个字符（当前值：" + url + "）。");
        }
        campaigns.recordNotice(cases.numberOf(execution), url);
    }
}
