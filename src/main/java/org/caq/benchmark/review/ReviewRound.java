package org.caq.benchmark.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * Opens a scored stage for a campaign: every application waiting for it is assigned to its specialist group and
 * to that group's experts, conflict-free and balanced, and each assignment becomes a {@code benchmark-review}
 * case with the expert's task, due date and reminder.
 */
@Component
class ReviewRound {

    private final Applications applications;
    private final Committees committees;
    private final Experts experts;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    ReviewRound(Applications applications, Committees committees, Experts experts, Reviews reviews,
            RuntimeService runtime, IdentityService identity, Clock clock) {
        this.applications = applications;
        this.committees = committees;
        this.experts = experts;
        this.reviews = reviews;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    /** Assigns the stage's applications; answers the numbers of the applications assigned. */
    List<String> open(String campaign, ReviewStage stage, LocalDate due, int reminderDays) {
        Committee committee = committees.find(campaign)
                .orElseThrow(() -> new InvalidInput("本活动尚未组建评审委员会。"));
        ApplicationStatus waiting = stage == ReviewStage.MATERIAL
                ? ApplicationStatus.AWAITING_MATERIAL_REVIEW : ApplicationStatus.IN_DEFENSE_REVIEW;
        List<Applications.Case> cases = applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == waiting).toList();
        Map<String, Integer> load = reviews.load(campaign);
        Instant dueAt = BeijingTime.endOf(due).toInstant();
        Instant reminderAt = BeijingTime.startOf(due.minusDays(reminderDays)).toInstant();
        List<String> assigned = new ArrayList<>();
        for (Committee.Group group : committee.groups()) {
            List<Candidate> candidates = cases.stream().filter(c -> group.template().categories()
                    .contains(c.application().category().number())).map(ReviewRound::candidate).toList();
            List<Expert> members = group.members().stream().map(code -> experts.find(code).orElseThrow()).toList();
            Assignment.assign(candidates, members, committee.expertsPerApplication(), load).forEach((number, chosen) -> {
                chosen.forEach(expert -> start(campaign, group.code(), number, expert, stage, dueAt, reminderAt, null,
                        committee.rubric()));
                assigned.add(number);
            });
        }
        cases.stream().filter(c -> !assigned.contains(c.number())).findFirst().ifPresent(c -> {
            throw new InvalidInput("申报 " + c.number() + " 的遴选范围类别没有对应的专业组：请先调整评审委员会。");
        });
        return assigned;
    }

    /** Starts one expert's review; {@code replaces} is the recused review it stands in for, if any. */
    void start(String campaign, String group, String application, Expert expert, ReviewStage stage, Instant dueAt,
            Instant reminderAt, String replaces, Rubric rubric) {
        String id = reviews.assign(campaign, group, application, expert.code(), stage, dueAt, replaces);
        Applications.Case c = applications.find(application).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.ASSIGNMENT_ID, id);
        variables.put(ReviewProcess.EXPERT, expert.userId());
        variables.put(ReviewProcess.STAGE, stage.name());
        variables.put(ReviewProcess.DUE_AT, Date.from(dueAt));
        variables.put(ReviewProcess.REMINDER_AT, Date.from(reminderAt.isBefore(clock.instant()) ? clock.instant() : reminderAt));
        variables.put(ReviewProcess.RUBRIC_TEXT, "科学性和创新性、系统性和示范性、显效性和发展性三项各 0–" + rubric.maxScore()
                + " 分，权重 " + rubric.weightsText().replace(",", ":"));
        variables.put(ApplicationProcess.APPLICATION_NUMBER, application);
        variables.put(ApplicationProcess.BENCHMARK_NAME, c.application().benchmarkName());
        variables.put(ApplicationProcess.ENTERPRISE_NAME, c.application().enterpriseName());
        variables.put(ApplicationProcess.ABSTRACT, c.application().abstractText());
        SystemCalls.run(identity, () -> runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                application + "/" + stage.name().toLowerCase() + "/" + expert.code(), variables));
    }

    /** Another expert of the group in place of one who recused; refused when the group has none left. */
    void replace(Review recused) {
        Committee committee = committees.find(recused.campaignNumber()).orElseThrow();
        Committee.Group group = committee.groups().stream().filter(g -> g.code().equals(recused.groupCode()))
                .findFirst().orElseThrow();
        List<Expert> members = group.members().stream().map(code -> experts.find(code).orElseThrow()).toList();
        Set<String> excluded = new HashSet<>();
        reviews.ofApplication(recused.applicationNumber(), recused.stage()).forEach(r -> excluded.add(r.expertCode()));
        Candidate candidate = candidate(applications.find(recused.applicationNumber()).orElseThrow());
        List<Expert> replacement = Assignment.replacement(candidate, members, excluded, reviews.load(recused.campaignNumber()));
        if (replacement.isEmpty()) {
            throw new InvalidInput("本专业组已无可接替评审的专家，暂不能回避：请联系全国质量标杆工作办公室调整专业组。");
        }
        Instant reminderAt = recused.dueAt().minus(Duration.ofDays(3));
        start(recused.campaignNumber(), recused.groupCode(), recused.applicationNumber(), replacement.get(0),
                recused.stage(), recused.dueAt(), reminderAt, recused.id(), committee.rubric());
    }

    /** Once the group's last review at the stage is in, its leader gets the deliberation. */
    void deliberateIfComplete(String campaign, String group, ReviewStage stage) {
        committees.lockGroup(campaign, group);
        if (reviews.stillAssigned(campaign, group, stage) == 0) {
            SystemCalls.run(identity, () -> runtime.startProcessInstanceByKey(DeliberationProcess.KEY,
                    new DeliberationCases.Subject(campaign, stage, group).businessKey()));
        }
    }

    static Candidate candidate(Applications.Case c) {
        return new Candidate(c.number(), c.application().enterpriseName(),
                CreditCode.provinceCode(c.application().creditCode()), c.recommendingUnit());
    }
}
