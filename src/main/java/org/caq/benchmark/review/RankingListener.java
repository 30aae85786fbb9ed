package org.caq.benchmark.review;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.caq.benchmark.model.ReviewProcess;
import org.springframework.stereotype.Component;

/**
 * Puts the group's ranking on its deliberation task, as task-local variables: only the leader (and the office)
 * read that task, and nothing of it reaches the application cases.
 */
@Component
class RankingListener implements TaskListener {

    private final Ranking ranking;
    private final Committees committees;
    private final DeliberationCases cases;

    RankingListener(Ranking ranking, Committees committees, DeliberationCases cases) {
        this.ranking = ranking;
        this.committees = committees;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        DeliberationCases.Subject subject = cases.of(task.getExecution());
        Committee committee = committees.find(subject.campaign()).orElseThrow();
        List<Ranking.Entry> entries = ranking.of(committee, subject.group(), subject.stage());
        task.setVariableLocal(ReviewProcess.RANKING, ranking.describe(committee, subject.group(), subject.stage(), entries));
        List<Map<String, String>> options = entries.stream().map(e -> Map.of(
                "label", e.application() + " " + e.name() + "（" + e.aggregate().toPlainString() + " 分）",
                "value", e.application())).toList();
        task.setVariableLocal(ReviewProcess.SELECTION_OPTIONS,
                SpinValues.jsonValue(Spin.JSON(options).toString()).create());
    }
}
