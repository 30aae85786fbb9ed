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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.stereotype.Component;

/**
 * Opens a scored stage for a campaign: every application waiting for it is assigned to its specialist group and
 * to that group's experts, conflict-free and balanced. The campaign then calls one {@code benchmark-group-review}
 * per group, which calls one {@code benchmark-review} per assignment; a review case reads what it shows its expert
 * from its assignment ({@link #variables}), and hands itself on to another expert of the group ({@link #handOver}).
 */
@Component
class ReviewRound {

    static final int REPLACEMENT_DAYS = 3;

    private final Applications applications;
    private final Committees committees;
    private final Experts experts;
    private final Reviews reviews;
    private final Clock clock;

    ReviewRound(Applications applications, Committees committees, Experts experts, Reviews reviews, Clock clock) {
        this.applications = applications;
        this.committees = committees;
        this.experts = experts;
        this.reviews = reviews;
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
        Instant reminderAt = latest(BeijingTime.startOf(due.minusDays(reminderDays)).toInstant(), clock.instant());
        List<String> assigned = new ArrayList<>();
        for (Committee.Group group : committee.groups()) {
            List<Candidate> candidates = cases.stream().filter(c -> group.covers(c.application()))
                    .map(ReviewRound::candidate).toList();
            List<Expert> members = members(group);
            Map<String, Set<String>> recused = new HashMap<>();
            candidates.forEach(candidate -> recused.put(candidate.number(), reviews.recusedFrom(candidate.number())));
            Assignment.assign(candidates, members, committee.expertsPerApplication(), load, recused).forEach((number, chosen) -> {
                chosen.forEach(expert -> reviews.assign(campaign, group.code(), number, expert.code(), stage, dueAt,
                        reminderAt, null));
                assigned.add(number);
            });
        }
        cases.stream().filter(c -> !assigned.contains(c.number())).findFirst().ifPresent(c -> {
            throw new InvalidInput("申报 " + c.number() + " 的遴选范围类别没有对应的专业组：请先调整评审委员会。");
        });
        return assigned;
    }

    /** What a review case shows its expert and its timers read, from the assignment it works on now. */
    Map<String, Object> variables(Review review) {
        Applications.Case c = applications.find(review.applicationNumber()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.ASSIGNMENT_ID, review.id());
        variables.put(ReviewProcess.EXPERT, experts.find(review.expertCode()).orElseThrow().userId());
        variables.put(ReviewProcess.STAGE, review.stage().name());
        variables.put(ReviewProcess.DUE_AT, Date.from(review.dueAt()));
        variables.put(ReviewProcess.REMINDER_AT, Date.from(reviews.reminderOf(review)));
        variables.put(ReviewProcess.RUBRIC_TEXT, committees.find(review.campaignNumber()).orElseThrow().rubric().describe());
        variables.put(ApplicationProcess.APPLICATION_NUMBER, c.number());
        variables.put(ApplicationProcess.BENCHMARK_NAME, c.application().benchmarkName());
        variables.put(ApplicationProcess.ENTERPRISE_NAME, c.application().enterpriseName());
        return variables;
    }

    private List<Expert> members(Committee.Group group) {
        return group.members().stream().map(code -> experts.find(code).orElseThrow()).toList();
    }

    /** Another expert of the group in place of one who recused or was taken off; refused when none is left. */
    Review replace(Review recused) {
        committees.lockGroup(recused.campaignNumber(), recused.groupCode());
        Committee committee = committees.find(recused.campaignNumber()).orElseThrow();
        Committee.Group group = committee.group(recused.groupCode()).orElseThrow();
        Set<String> excluded = new HashSet<>(reviews.recusedFrom(recused.applicationNumber()));
        reviews.ofApplication(recused.applicationNumber(), recused.stage()).forEach(r -> excluded.add(r.expertCode()));
        Candidate candidate = candidate(applications.find(recused.applicationNumber()).orElseThrow());
        List<Expert> replacement = Assignment.replacement(candidate, members(group), excluded,
                reviews.load(recused.campaignNumber()));
        if (replacement.isEmpty()) {
            throw new InvalidInput("本专业组已无可接替评审的专家，暂不能回避：请联系全国质量标杆工作办公室调整专业组。");
        }
        // the stand-in gets at least a few days, whenever the recusal came
        Instant dueAt = latest(recused.dueAt(), clock.instant().plus(Duration.ofDays(REPLACEMENT_DAYS)));
        String id = reviews.assign(recused.campaignNumber(), recused.groupCode(), recused.applicationNumber(),
                replacement.get(0).code(), recused.stage(), dueAt, dueAt.minus(Duration.ofDays(1)), recused.id());
        return reviews.find(id).orElseThrow();
    }

    /**
     * The review case goes on with another expert of the group: the replacement's assignment becomes the case's, and
     * the case's variables and business key name it. The case stays the one its group's review counts.
     */
    void handOver(Review recused, DelegateExecution execution) {
        Review next = replace(recused);
        reviews.linkProcess(next.id(), execution.getProcessInstanceId());
        // the recusing expert's form stays in the case otherwise, and would be the next expert's answer
        execution.removeVariables(List.of(ReviewProcess.RECUSE, ReviewProcess.RECUSAL_REASON, ReviewProcess.SCORE_1,
                ReviewProcess.SCORE_2, ReviewProcess.SCORE_3, ReviewProcess.COMMENT));
        execution.setVariables(variables(next));
        execution.setProcessBusinessKey(ReviewKeys.review(next.applicationNumber(), next.stage(), next.expertCode()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Candidate candidate(Applications.Case c) {
        return new Candidate(c.number(), c.application().enterpriseName(),
                CreditCode.regionCode(c.application().creditCode()), c.recommendingUnit());
    }
}
