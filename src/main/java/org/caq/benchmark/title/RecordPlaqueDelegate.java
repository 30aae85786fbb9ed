package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/** The plaque CAQ awards the benchmark (授牌, Art. 23). */
@Component
class RecordPlaqueDelegate implements JavaDelegate {

    private final Titles titles;
    private final Clock clock;
    private final TitleCases cases;

    RecordPlaqueDelegate(Titles titles, Clock clock, TitleCases cases) {
        this.titles = titles;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String plaque = form.line(TitleProcess.PLAQUE_NUMBER, "牌匾编号", 50);
        LocalDate on = form.date(TitleProcess.PLAQUE_AWARDED_ON, "授牌日期");
        BenchmarkTitle title = cases.of(execution);
        if (on.isBefore(title.awardedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("授牌日期须在公告发布日（" + title.awardedOn() + "）与今天之间（当前值：" + on + "）。");
        }
        titles.recordPlaque(title.number(), plaque, on);
    }
}
