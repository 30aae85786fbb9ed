package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.caq.benchmark.model.TitleProcess;
import org.springframework.stereotype.Component;

/** Puts the title (and, in a revocation case, the report and the office's findings) on the task, task-local. */
@Component
class TitleSummaryListener implements TaskListener {

    private final TitleCases cases;

    TitleSummaryListener(TitleCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        BenchmarkTitle title = cases.of(task.getExecution());
        StringBuilder text = new StringBuilder()
                .append("**称号编号**：").append(title.number()).append("\n\n")
                .append("**质量标杆**：").append(title.benchmarkName()).append("（").append(title.enterpriseName()).append("）\n\n")
                .append("**年度**：").append(title.year()).append("　**公告日期**：").append(title.awardedOn()).append("\n\n");
        cases.revocationOf(task.getExecution()).ifPresent(revocation -> {
            text.append("**撤销事由**：").append(revocation.groundText()).append("\n\n")
                    .append("**举报或核查线索**：\n\n").append(revocation.report()).append("\n\n");
            if (revocation.findings() != null) {
                text.append("**办公室调查核实情况**：\n\n").append(revocation.findings()).append("\n\n");
            }
        });
        task.setVariableLocal(TitleProcess.TITLE_SUMMARY, text.toString());
    }
}
