package org.caq.benchmark.review;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.campaign.CampaignCases;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** Records the ministry's comments, per application on the preliminary list; none is a valid answer. */
@Component
class RecordMinistryCommentsDelegate implements JavaDelegate {

    private final ConsultMinistry consultation;
    private final MinistryComments comments;
    private final CampaignCases cases;

    RecordMinistryCommentsDelegate(ConsultMinistry consultation, MinistryComments comments, CampaignCases cases) {
        this.consultation = consultation;
        this.comments = comments;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaign = cases.numberOf(execution);
        Map<String, String> given = consultation.perApplication(new FormValues(execution.getVariables())
                .optionalLines(ReviewProcess.MINISTRY_COMMENTS, "工信部意见", 100, 1100), campaign, "工信部意见");
        given.forEach((number, comment) -> comments.comment(campaign, number, comment));
        execution.setVariable(ReviewProcess.MINISTRY_COMMENTS_TEXT, given.isEmpty() ? "工信部科技司对初评名单无意见。"
                : given.entrySet().stream().map(e -> e.getKey() + "：" + e.getValue()).collect(Collectors.joining("\n\n")));
    }
}
