package org.caq.benchmark.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.caq.benchmark.identity.PersonNames;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.SystemCalls;
import org.springframework.stereotype.Component;

/**
 * The decisions taken in a case, read from its trail: one per completed decision task of the models, with the
 * decision in words, the reason given, who completed the task and when. Values are those submitted with the
 * completion (the task's delegate refuses anything else, so a completed task's values are what was decided); a
 * decision not resubmitted is the one in force when the task ended. Reasons only count when submitted with the
 * completion: the forms hide the fields another decision would need, and the old value stays in the case.
 */
@Component
class Decisions {

    /** A decision: when, at which task (its Chinese name), who, the decision in words and its reason. */
    record Decision(Date time, String activityId, String stage, String userId, String userName, String decision,
            String reason) {
    }

    /** A decision task of a model, how to word its decision and which fields carry the reason (field, prefix…). */
    private record Point(String processKey, String activityId, String decisionField,
            Function<String, String> wording, List<String> reasons) {

        List<String> fields() {
            List<String> fields = new ArrayList<>(List.of(decisionField));
            for (int i = 0; i < reasons.size(); i += 2) {
                fields.add(reasons.get(i));
            }
            return fields;
        }
    }

    private static final List<Point> POINTS = List.of(
            choice(ApplicationProcess.KEY, ApplicationProcess.USER_TASK_RECOMMEND_APPLICATION, ApplicationProcess.RECOMMENDATION_DECISION,
                    ApplicationProcess.RECOMMENDATION_CHOICES, "", ApplicationProcess.RECOMMENDATION_COMMENT, ""),
            choice(ApplicationProcess.KEY, ApplicationProcess.USER_TASK_REVIEW_FORM, ApplicationProcess.FORM_REVIEW_DECISION,
                    ApplicationProcess.FORM_REVIEW_CHOICES, "", ApplicationProcess.FORM_REVIEW_REASON, "",
                    ApplicationProcess.SUPPLEMENT_DUE_DATE, "补正期限："),
            written(CampaignProcess.KEY, CampaignProcess.USER_TASK_COMMENT_ON_PRELIMINARY_LIST, ReviewProcess.MINISTRY_COMMENTS,
                    "提出意见", "无意见"),
            written(CampaignProcess.KEY, CampaignProcess.USER_TASK_HANDLE_MINISTRY_COMMENTS, ReviewProcess.COMMENT_HANDLING,
                    "处理意见", "无需处理"),
            written(CampaignProcess.KEY, CampaignProcess.USER_TASK_PREPARE_FINAL_LIST, AnnouncementProcess.FINAL_LIST_EXCLUSIONS,
                    "部分申报不列入遴选结果", "公示名单全部列入遴选结果"),
            choice(CampaignProcess.KEY, CampaignProcess.USER_TASK_APPROVE_RESULTS, AnnouncementProcess.APPROVAL_DECISION,
                    AnnouncementProcess.APPROVAL_CHOICES, "", AnnouncementProcess.APPROVAL_REFERENCE, "批准文件：",
                    AnnouncementProcess.APPROVAL_COMMENT, ""),
            choice(PublicityProcess.OBJECTION_KEY, PublicityProcess.USER_TASK_INVESTIGATE_OBJECTION, PublicityProcess.RECOMMENDATION,
                    PublicityProcess.OBJECTION_CHOICES, "建议", PublicityProcess.FINDINGS, ""),
            choice(PublicityProcess.OBJECTION_KEY, PublicityProcess.USER_TASK_VOTE_ON_OBJECTION, PublicityProcess.VOTE,
                    PublicityProcess.OBJECTION_CHOICES, "表决：", PublicityProcess.VOTE_OPINION, ""),
            choice(TitleProcess.REVOCATION_KEY, TitleProcess.USER_TASK_INVESTIGATE_REPORT, TitleProcess.RECOMMENDATION,
                    TitleProcess.REVOCATION_CHOICES, "建议", TitleProcess.FINDINGS, ""),
            choice(TitleProcess.REVOCATION_KEY, TitleProcess.USER_TASK_DECIDE_REVOCATION, TitleProcess.DECISION,
                    TitleProcess.REVOCATION_CHOICES, "", TitleProcess.DECISION_REASON, ""),
            new Point(DeliberationProcess.KEY, DeliberationProcess.USER_TASK_DELIBERATE, ReviewProcess.SELECTED, Decisions::goingForward,
                    List.of(ReviewProcess.RATIONALE, "")));

    private final IdentityService identity;

    Decisions(IdentityService identity) {
        this.identity = identity;
    }

    /** Who decided when no user was logged in: the procedure's own code (demo set-up, a timer, a system call). */
    static final String NO_USER = "系统（无登录用户）";

    /** The case's decisions in the order they were taken, with the deciders' names. */
    List<Decision> of(CaseTrail trail) {
        List<Decision> taken = taken(trail);
        Map<String, String> names = namesOf(taken.stream().map(Decision::userId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return taken.stream().map(d -> new Decision(d.time(), d.activityId(), d.stage(), d.userId(),
                d.userId() == null ? NO_USER : names.get(d.userId()), d.decision(), d.reason())).toList();
    }

    /** The decisions without the deciders' names: the trail alone answers them. */
    static List<Decision> taken(CaseTrail trail) {
        Map<String, Point> points = POINTS.stream()
                .filter(p -> p.processKey().equals(trail.caseInfo().processDefinitionKey()))
                .collect(Collectors.toMap(Point::activityId, Function.identity()));
        Map<String, String> completedBy = trail.operations().stream()
                .filter(o -> "Complete".equals(o.operation()) && o.taskId() != null && o.user() != null)
                .collect(Collectors.toMap(CaseTrail.Operation::taskId, CaseTrail.Operation::user, (a, b) -> a));
        List<Decision> decisions = new ArrayList<>();
        for (CaseTrail.Step step : trail.activities()) {
            Point point = points.get(step.activityId());
            if (point != null && "completed".equals(step.outcome())) {
                String user = completedBy.getOrDefault(step.taskId(), step.assignee());
                decisions.add(decision(point, step, trail.variables(), user));
            }
        }
        decisions.sort(Comparator.comparing(Decision::time));
        return decisions;
    }

    /** The form fields each decision task is read from, by process key and task id: the model must have them. */
    static Map<String, Map<String, List<String>>> fieldsByTask() {
        return POINTS.stream().collect(Collectors.groupingBy(Point::processKey,
                Collectors.toMap(Point::activityId, Point::fields)));
    }

    private static Decision decision(Point point, CaseTrail.Step step, List<CaseTrail.Change> changes, String user) {
        String decided = submitted(point.decisionField(), step, changes)
                .or(() -> inForce(point.decisionField(), step, changes)).orElse(null);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < point.reasons().size(); i += 2) {
            String prefix = point.reasons().get(i + 1);
            submitted(point.reasons().get(i), step, changes).filter(value -> !value.isBlank())
                    .ifPresent(value -> reasons.add(prefix + value.strip()));
        }
        return new Decision(step.end(), step.activityId(), step.name(), user, null, point.wording().apply(decided),
                reasons.isEmpty() ? null : String.join("；", reasons));
    }

    /** The value submitted with the task's completion: written in the task's activity instance. */
    private static Optional<String> submitted(String field, CaseTrail.Step step, List<CaseTrail.Change> changes) {
        return last(changes.stream().filter(c -> c.name().equals(field)
                && step.activityInstanceId().equals(c.activityInstanceId())).toList());
    }

    private static Optional<String> inForce(String field, CaseTrail.Step step, List<CaseTrail.Change> changes) {
        return last(changes.stream().filter(c -> c.name().equals(field) && !c.time().after(step.end())).toList());
    }

    private static Optional<String> last(List<CaseTrail.Change> changes) {
        return changes.isEmpty() ? Optional.empty() : Optional.ofNullable(changes.get(changes.size() - 1).value());
    }

    private static Point choice(String processKey, String activityId, String field, List<String> choices,
            String prefix, String... reasons) {
        return new Point(processKey, activityId, field, value -> {
            for (int i = 0; i < choices.size(); i += 2) {
                if (choices.get(i).equals(value)) {
                    return prefix + choices.get(i + 1);
                }
            }
            return value;
        }, List.of(reasons));
    }

    /** A decision written as text: the text is the reason, whether there is any is the decision. */
    private static Point written(String processKey, String activityId, String field, String given, String none) {
        return new Point(processKey, activityId, field, value -> value == null || value.isBlank() ? none : given,
                List.of(field, ""));
    }

    /** The applications a group sends forward: a JSON array from the form, a list or comma-separated text otherwise. */
    private static String goingForward(String selected) {
        List<String> numbers = selected == null ? List.of() : Stream.of(selected.replaceAll("[\\[\\]\"\\s]", "").split(","))
                .filter(n -> !n.isEmpty()).toList();
        return numbers.isEmpty() ? "无申报进入下一环节" : "进入下一环节：" + String.join("、", numbers);
    }

    /** Display names as kept (decision 0031): the name, family name first, with the organisation after it; read on the procedure's account, as the auditor holds no grant on users. */
    private Map<String, String> namesOf(Set<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<User> users = SystemCalls.call(identity,
                () -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
        Map<String, String> names = new HashMap<>();
        users.forEach(u -> names.put(u.getId(), PersonNames.withOrganisation(u.getFirstName(), u.getLastName())));
        return names;
    }
}
