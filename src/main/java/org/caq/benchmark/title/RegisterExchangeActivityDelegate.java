package org.caq.benchmark.title;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.Actor;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.recommendingunit.LevelRules;
import org.springframework.stereotype.Component;

/**
 * Records an exchange activity an office holds and the titles it invites: those listed, or every title in force of
 * the office's level (CAQ's activities for the national titles, Art. 23; a province's for its own). Its number
 * becomes the business key.
 */
@Component
class RegisterExchangeActivityDelegate implements JavaDelegate {

    static final int MAX_INVITED = 500;

    private final ExchangeActivities activities;
    private final Titles titles;
    private final LevelRules rules;
    private final CurrentUser user;
    private final Clock clock;

    RegisterExchangeActivityDelegate(ExchangeActivities activities, Titles titles, LevelRules rules, CurrentUser user,
            Clock clock) {
        this.activities = activities;
        this.titles = titles;
        this.rules = rules;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String directory = form.choice(TitleProcess.EXCHANGE_DIRECTORY, "举办单位", directories());
        if (!user.actsFor(ProcedureGroup.officeOf(directory))) {
            throw new InvalidInput("您只能登记本级（本省）举办的经验交流活动（当前：" + rules.of(directory).officeName() + "）。");
        }
        String name = form.line(TitleProcess.EXCHANGE_NAME, "活动名称", 100);
        LocalDate heldOn = form.date(TitleProcess.EXCHANGE_HELD_ON, "举办日期");
        if (heldOn.isAfter(LocalDate.now(clock).plusYears(1)) || heldOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInput("举办日期须在前后一年之内（当前值：" + heldOn + "）。");
        }
        String place = form.line(TitleProcess.EXCHANGE_PLACE, "举办地点或方式", 200);
        List<String> invited = invited(directory, form.optionalLines(TitleProcess.EXCHANGE_INVITED, "邀请的质量标杆",
                MAX_INVITED, 48));
        String number = activities.record(directory, name, heldOn, place, invited, Actor.of(execution),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey(number);
        execution.setVariable(TitleProcess.EXCHANGE_INVITED_LIST, invited.stream().map(this::describe)
                .collect(Collectors.joining("\n\n")));
    }

    /** The titles in force of the directory's level, or those listed, each of which must be one of them. */
    private List<String> invited(String directory, List<String> listed) {
        List<String> inForce = titles.inForceOf(directory).stream().map(BenchmarkTitle::number).toList();
        if (listed.isEmpty()) {
            if (inForce.isEmpty()) {
                throw new InvalidInput("本级目前没有有效的质量标杆称号，无可邀请的单位。");
            }
            return inForce;
        }
        listed.stream().filter(number -> !inForce.contains(number)).findFirst().ifPresent(number -> {
            throw new InvalidInput("称号 " + number + " 不是本级有效的质量标杆称号：请按质量标杆名录填写本级有效称号的编号。");
        });
        return listed.stream().distinct().toList();
    }

    private String describe(String titleNumber) {
        BenchmarkTitle title = titles.find(titleNumber).orElseThrow();
        return titleNumber + " " + title.enterpriseName() + "（" + title.benchmarkName() + "）";
    }

    private List<String> directories() {
        return rules.all().stream().flatMap(rule -> Stream.of(rule.directory(), rule.titleName())).toList();
    }
}
