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
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
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

    static final int REPLACEMENT_DAYS = 3;

    private final Applications applications;
    private final Committees committees;
    private final Experts experts;
    private final Reviews reviews;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final SiteVerifications sites;
    private final ProcessEngine engine;

    ReviewRound(Applications applications, Committees committees, Experts experts, Reviews reviews,
            RuntimeService runtime, IdentityService identity, Clock clock, SiteVerifications sites, ProcessEngine engine) {
        this.sites = sites;
        this.engine = engine;
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
        Map<String, Applications.Case> byNumber = cases.stream()
                .collect(Collectors.toMap(Applications.Case::number, c -> c));
        Map<String, Integer> load = reviews.load(campaign);
        Instant dueAt = BeijingTime.endOf(due).toInstant();
        Instant reminderAt = BeijingTime.startOf(due.minusDays(reminderDays)).toInstant();
        List<String> assigned = new ArrayList<>();
        for (Committee.Group group : committee.groups()) {
            List<Candidate> candidates = cases.stream().filter(c -> group.covers(c.application()))
                    .map(ReviewRound::candidate).toList();
            List<Expert> members = members(group);
            Map<String, Set<String>> recused = new HashMap<>();
            candidates.forEach(candidate -> recused.put(candidate.number(), reviews.recusedFrom(candidate.number())));
            Assignment.assign(candidates, members, committee.expertsPerApplication(), load, recused).forEach((number, chosen) -> {
                chosen.forEach(expert -> start(campaign, group.code(), byNumber.get(number), expert, stage, dueAt,
                        reminderAt, null, committee.rubric()));
                assigned.add(number);
            });
        }
        cases.stream().filter(c -> !assigned.contains(c.number())).findFirst().ifPresent(c -> {
            throw new InvalidInput("申报 " + c.number() + " 的遴选范围类别没有对应的专业组：请先调整评审委员会。");
        });
        return assigned;
    }

    /** Starts one expert's review; {@code replaces} is the recused review it stands in for, if any. */
    private void start(String campaign, String group, Applications.Case c, Expert expert, ReviewStage stage,
            Instant dueAt, Instant reminderAt, String replaces, Rubric rubric) {
        String application = c.number();
        String id = reviews.assign(campaign, group, application, expert.code(), stage, dueAt, replaces);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.ASSIGNMENT_ID, id);
        variables.put(ReviewProcess.EXPERT, expert.userId());
        variables.put(ReviewProcess.STAGE, stage.name());
        variables.put(ReviewProcess.DUE_AT, Date.from(dueAt));
        variables.put(ReviewProcess.REMINDER_AT, Date.from(reminderAt.isBefore(clock.instant()) ? clock.instant() : reminderAt));
        variables.put(ReviewProcess.RUBRIC_TEXT, rubric.describe());
        variables.put(ApplicationProcess.APPLICATION_NUMBER, application);
        variables.put(ApplicationProcess.BENCHMARK_NAME, c.application().benchmarkName());
        variables.put(ApplicationProcess.ENTERPRISE_NAME, c.application().enterpriseName());
        SystemCalls.run(identity, () -> runtime.startProcessInstanceByKey(ReviewProcess.KEY,
                application + "/" + stage.name().toLowerCase() + "/" + expert.code(), variables));
    }

    private List<Expert> members(Committee.Group group) {
        return group.members().stream().map(code -> experts.find(code).orElseThrow()).toList();
    }

    /** Another expert of the group in place of one who recused or was taken off; refused when none is left. */
    void replace(Review recused) {
        committees.lockGroup(recused.campaignNumber(), recused.groupCode());
        Committee committee = committees.find(recused.campaignNumber()).orElseThrow();
        Committee.Group group = committee.group(recused.groupCode()).orElseThrow();
        List<Expert> members = members(group);
        Set<String> excluded = new HashSet<>(reviews.recusedFrom(recused.applicationNumber()));
        reviews.ofApplication(recused.applicationNumber(), recused.stage()).forEach(r -> excluded.add(r.expertCode()));
        Applications.Case application = applications.find(recused.applicationNumber()).orElseThrow();
        Candidate candidate = candidate(application);
        List<Expert> replacement = Assignment.replacement(candidate, members, excluded, reviews.load(recused.campaignNumber()));
        if (replacement.isEmpty()) {
            throw new InvalidInput("本专业组已无可接替评审的专家，暂不能回避：请联系全国质量标杆工作办公室调整专业组。");
        }
        // the stand-in gets at least a few days, whenever the recusal came
        Instant dueAt = latest(recused.dueAt(), clock.instant().plus(Duration.ofDays(REPLACEMENT_DAYS)));
        start(recused.campaignNumber(), recused.groupCode(), application, replacement.get(0),
                recused.stage(), dueAt, dueAt.minus(Duration.ofDays(1)), recused.id(), committee.rubric());
    }

    /**
     * Once the group's last review at the stage is in — and at defense every site verification ordered for its
     * applications has its finding — the leader gets the deliberation, once.
     */
    void deliberateIfComplete(String campaign, String group, ReviewStage stage) {
        committees.lockGroup(campaign, group);
        String key = new DeliberationCases.Subject(campaign, stage, group).businessKey();
        if (reviews.stillAssigned(campaign, group, stage) > 0) {
            return;
        }
        boolean findingsIn = stage == ReviewStage.MATERIAL || reviews.ofGroup(campaign, group, stage).stream()
                .map(Review::applicationNumber).distinct().allMatch(sites::isSettled);
        boolean started = findingsIn && SystemCalls.call(identity, () -> engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKey(key).count() > 0);
        if (findingsIn && !started) {
            SystemCalls.run(identity, () -> runtime.startProcessInstanceByKey(DeliberationProcess.KEY, key));
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Candidate candidate(Applications.Case c) {
        return new Candidate(c.number(), c.application().enterpriseName(),
                CreditCode.regionCode(c.application().creditCode()), c.recommendingUnit());
    }
}
