package org.caq.benchmark.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.Publicities;
import org.caq.benchmark.review.Committees;
import org.caq.benchmark.title.BenchmarkTitle;
import org.caq.benchmark.title.Revocation;
import org.caq.benchmark.title.Revocations;
import org.caq.benchmark.title.Titles;
import org.springframework.stereotype.Component;

/**
 * What an applicant is told of an application beyond its status: the dates it reached each stage (from the case's
 * own history), the next step and by when, and the true state of a title it earned (a revoked title as revoked, with
 * its notice). Nothing of the review: no expert, score or comment, only the dates the office announced.
 */
@Component
class ApplicantStatus {

    record Step(String name, Instant at) {
    }

    /** {@code due} a day's end is given as 23:59 of that day (Beijing time), which is how people read a deadline. */
    record Next(String step, Instant due, String dueText) {

        Next {
            if (due != null && due.atZone(BeijingTime.ZONE).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                due = due.minusSeconds(60);
            }
        }
    }

    record Title(String number, boolean revoked, LocalDate awardedOn, LocalDate revokedOn, String ground, String notice) {
    }

    private static final String START_EVENT = ApplicationProcess.START_EVENT_APPLICATION_SUBMITTED;

    private final Applications applications;
    private final Committees committees;
    private final Publicities publicities;
    private final Titles titles;
    private final Revocations revocations;
    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;

    ApplicantStatus(Applications applications, Committees committees, Publicities publicities, Titles titles,
            Revocations revocations, HistoryService history, TaskService tasks, IdentityService identity) {
        this.applications = applications;
        this.committees = committees;
        this.publicities = publicities;
        this.titles = titles;
        this.revocations = revocations;
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The stages the case reached, with when; read on the procedure's account after the caller checked access. */
    List<Step> steps(Applications.Case c) {
        String instance = applications.processInstanceOf(c.number()).orElse(null);
        if (instance == null) {
            return List.of();
        }
        List<HistoricActivityInstance> reached = SystemCalls.call(identity, () -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
                .list());
        List<Step> steps = new ArrayList<>();
        reached.forEach(activity -> {
                    if (activity.getActivityId().equals(START_EVENT)) {
                        steps.add(new Step("提交申报", activity.getStartTime().toInstant()));
                    } else {
                        ApplicationStatus.ofElement(activity.getActivityId())
                                .ifPresent(status -> steps.add(new Step(status.displayName(), activity.getStartTime().toInstant())));
                    }
                });
        return steps;
    }

    /** What the applicant (or the case) waits for now, and by when; empty once the case has ended. */
    Optional<Next> next(Applications.Case c, Campaign campaign, String unitName) {
        Instant taskDue = openTaskDue(c).orElse(null);
        return Optional.ofNullable(switch (c.status()) {
            case MATERIALS_PENDING -> new Next(unitName + "已推荐：上传申报材料（典型经验材料、盖章的申报书），在任务“上传申报材料”中点击“完成”提交形式审查",
                    taskDue, "推荐截止前");
            case MATERIALS_BEFORE_RECOMMENDATION -> new Next("上传申报材料（典型经验材料、盖章的申报书），在任务“上传申报材料”中点击“完成”提交推荐单位",
                    taskDue, "申报截止前");
            case AWAITING_RECOMMENDATION -> new Next("等待" + unitName + "审核在线填写的申报内容并推荐，推荐后再上传申报材料", taskDue, "推荐截止");
            case RETURNED_FOR_REVISION -> new Next("按推荐单位意见修改申报（任务“修改申报”）后重新提交", taskDue, "推荐截止前");
            case IN_FORM_REVIEW -> new Next("等待" + campaign.organiser() + "形式审查", null, null);
            case SUPPLEMENT_REQUESTED -> new Next("按形式审查意见补正（任务“补正申报”），逾期申报将结束", taskDue, "补正截止");
            case AWAITING_MATERIAL_REVIEW -> new Next("等待评审委员会开始资料评审", null, null);
            case IN_MATERIAL_REVIEW -> new Next("专家资料评审中，结果将另行通知", materialReviewDue(campaign), "资料评审预计完成");
            case IN_DEFENSE_REVIEW -> defense(campaign);
            case ON_PRELIMINARY_LIST -> publicity(campaign);
            case AWARDED -> afterAward(c);
            default -> null;
        });
    }

    Optional<Title> title(Applications.Case c) {
        return titles.ofApplication(c.number()).map(title -> {
            Revocation revocation = title.status() == BenchmarkTitle.Status.REVOKED
                    ? revocations.revocationOf(title.number()).orElse(null) : null;
            return new Title(title.number(), title.status() == BenchmarkTitle.Status.REVOKED, title.awardedOn(),
                    title.revokedOn(), title.revocationGround() == null ? null : title.revocationGround().displayName(),
                    revocation == null ? null : revocation.noticeText());
        });
    }

    private Optional<Instant> openTaskDue(Applications.Case c) {
        return applications.processInstanceOf(c.number()).flatMap(instance -> SystemCalls.call(identity,
                () -> tasks.createTaskQuery().processInstanceId(instance).active().list()).stream()
                .map(Task::getDueDate).filter(Objects::nonNull).min(Date::compareTo).map(Date::toInstant));
    }

    private Instant materialReviewDue(Campaign campaign) {
        return committees.schedule(campaign.number()).map(Committees.Schedule::materialReviewDue)
                .map(day -> BeijingTime.endOf(day).toInstant()).orElse(null);
    }

    private Next defense(Campaign campaign) {
        return committees.schedule(campaign.number()).filter(s -> s.defenseDate() != null)
                .map(s -> new Next("参加答辩评审（地点：" + s.defensePlace() + "）", BeijingTime.startOf(s.defenseDate()).toInstant(), "答辩日期"))
                .orElse(new Next("入围答辩评审，等待办公室通知答辩的日期和地点", null, null));
    }

    private Next publicity(Campaign campaign) {
        return publicities.find(campaign.number())
                .map(p -> new Next("名单公示（" + p.startsOn() + " 至 " + p.endsOn() + "），公示期间如有异议将调查核实",
                        BeijingTime.endOf(p.endsOn()).toInstant(), "公示截止"))
                .orElse(new Next("等待" + campaign.organiser() + "发布初评名单公示", null, null));
    }

    private Next afterAward(Applications.Case c) {
        Optional<BenchmarkTitle> title = titles.ofApplication(c.number());
        if (title.isEmpty() || title.get().status() == BenchmarkTitle.Status.REVOKED) {
            return null;
        }
        Optional<Task> video = SystemCalls.call(identity, () -> tasks.createTaskQuery().processDefinitionKey(TitleProcess.KEY)
                .processInstanceBusinessKey(title.get().number()).taskDefinitionKey(TitleProcess.USER_TASK_PROVIDE_PROMOTION_VIDEO).list())
                .stream().findFirst();
        return video.map(task -> new Next("提交宣传视频并确认参加经验交流（任务“" + task.getName() + "”）",
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), "提交截止"))
                .orElse(new Next("参加质量标杆经验交流活动", null, null));
    }
}
