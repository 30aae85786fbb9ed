package org.caq.benchmark.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.SelectionCategory;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.SystemCalls;
import org.caq.benchmark.publicity.Objection;
import org.caq.benchmark.publicity.Objections;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.caq.benchmark.review.Committee;
import org.caq.benchmark.review.Committees;
import org.caq.benchmark.review.Review;
import org.caq.benchmark.review.ReviewStage;
import org.caq.benchmark.review.Reviews;
import org.springframework.stereotype.Component;

/** Computes the dashboard's charts of one campaign from the project's tables and the engine's open tasks. */
@Component
class CampaignPicture {

    private static final Set<ApplicationStatus> PASSED_FORM_REVIEW = EnumSet.of(ApplicationStatus.AWAITING_MATERIAL_REVIEW,
            ApplicationStatus.IN_MATERIAL_REVIEW, ApplicationStatus.NOT_SHORTLISTED);
    private static final Set<ApplicationStatus> SHORTLISTED = EnumSet.of(ApplicationStatus.IN_DEFENSE_REVIEW,
            ApplicationStatus.REMOVED_AT_DEFENSE);
    private static final Set<ApplicationStatus> PRELIMINARY_LIST = EnumSet.of(ApplicationStatus.ON_PRELIMINARY_LIST,
            ApplicationStatus.REMOVED_AFTER_OBJECTION, ApplicationStatus.NOT_IN_FINAL_LIST);
    private static final Set<ApplicationStatus> TITLE = EnumSet.of(ApplicationStatus.AWARDED);
    private static final List<int[]> SCORE_BANDS = List.of(new int[] {0, 60}, new int[] {60, 70}, new int[] {70, 80},
            new int[] {80, 90}, new int[] {90, 101});

    private final Applications applications;
    private final RecommendingUnits units;
    private final Reviews reviews;
    private final Committees committees;
    private final Objections objections;
    private final TaskService tasks;
    private final IdentityService identity;

    CampaignPicture(Applications applications, RecommendingUnits units, Reviews reviews, Committees committees,
            Objections objections, TaskService tasks, IdentityService identity) {
        this.applications = applications;
        this.units = units;
        this.reviews = reviews;
        this.committees = committees;
        this.objections = objections;
        this.tasks = tasks;
        this.identity = identity;
    }

    List<Chart> of(String campaign) {
        List<Applications.Case> cases = applications.inCampaign(campaign);
        List<Review> all = reviews.ofCampaign(campaign);
        Committee committee = committees.find(campaign).orElse(null);
        return List.of(funnel(cases), byUnit(cases), byCategory(cases), reviewProgress(all, committee),
                scores(all, committee), objections(campaign), overdue(campaign));
    }

    private Chart funnel(List<Applications.Case> cases) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("申报", cases.size()));
        rows.add(List.of("获推荐", count(cases, ApplicationStatus::isRecommended)));
        rows.add(List.of("提交申报材料", count(cases, ApplicationStatus::hasSubmittedMaterials)));
        Set<ApplicationStatus> passed = union(PASSED_FORM_REVIEW, SHORTLISTED, PRELIMINARY_LIST, TITLE);
        rows.add(List.of("形式审查通过", count(cases, passed::contains)));
        Set<ApplicationStatus> shortlisted = union(SHORTLISTED, PRELIMINARY_LIST, TITLE);
        rows.add(List.of("入围答辩", count(cases, shortlisted::contains)));
        Set<ApplicationStatus> listed = union(PRELIMINARY_LIST, TITLE);
        rows.add(List.of("列入初评名单", count(cases, listed::contains)));
        rows.add(List.of("获评质量标杆", count(cases, TITLE::contains)));
        return new Chart("funnel", "从申报到称号", "funnel", List.of("阶段", "申报数"), rows);
    }

    private Chart byUnit(List<Applications.Case> cases) {
        Map<String, String> names = units.names();
        Map<String, List<Applications.Case>> grouped = cases.stream().collect(Collectors.groupingBy(
                Applications.Case::recommendingUnit, TreeMap::new, Collectors.toList()));
        List<List<Object>> rows = grouped.entrySet().stream().map(e -> List.<Object>of(names.getOrDefault(e.getKey(), e.getKey()),
                e.getValue().size(), count(e.getValue(), ApplicationStatus::isRecommended))).toList();
        return new Chart("units", "各推荐单位的申报和推荐", "bar", List.of("推荐单位", "申报数", "获推荐数"), rows);
    }

    private Chart byCategory(List<Applications.Case> cases) {
        List<List<Object>> rows = Arrays.stream(SelectionCategory.values()).map(category -> List.<Object>of(
                category.number() + ". " + category.displayName(),
                cases.stream().filter(c -> c.application().category() == category).count(),
                cases.stream().filter(c -> c.application().category() == category && c.status().isRecommended()).count()))
                .toList();
        return new Chart("categories", "各遴选范围类别的申报", "bar", List.of("类别", "申报数", "获推荐数"), rows);
    }

    private Chart reviewProgress(List<Review> all, Committee committee) {
        Map<String, List<Review>> grouped = all.stream().collect(Collectors.groupingBy(
                r -> r.stage().displayName() + " · " + groupName(committee, r.groupCode()), TreeMap::new, Collectors.toList()));
        List<List<Object>> rows = grouped.entrySet().stream().map(e -> List.<Object>of(e.getKey(),
                e.getValue().stream().filter(r -> r.status() == Review.Status.SUBMITTED).count(),
                e.getValue().stream().filter(r -> r.status() == Review.Status.ASSIGNED).count(),
                e.getValue().stream().filter(r -> r.status() == Review.Status.RECUSED || r.status() == Review.Status.REASSIGNED).count(),
                e.getValue().stream().filter(Review::late).count())).toList();
        return new Chart("reviews", "各专业组评审进度", "stack", List.of("阶段 · 专业组", "已提交", "待评审", "回避或改派", "逾期"), rows);
    }

    private Chart scores(List<Review> all, Committee committee) {
        List<String> headers = new ArrayList<>(List.of("阶段 · 专业组"));
        SCORE_BANDS.forEach(b -> headers.add(b[1] > 100 ? b[0] + "–100 分" : b[0] + "–" + (b[1] - 1) + " 分"));
        List<List<Object>> rows = new ArrayList<>();
        if (committee != null) {
            Map<String, List<BigDecimal>> totals = new TreeMap<>();
            all.stream().filter(r -> r.status() == Review.Status.SUBMITTED).forEach(r -> totals.computeIfAbsent(
                    r.stage().displayName() + " · " + groupName(committee, r.groupCode()), k -> new ArrayList<>())
                    .add(committee.rubric().total(r.scores())));
            totals.forEach((label, values) -> {
                List<Object> row = new ArrayList<>(List.of(label));
                SCORE_BANDS.forEach(b -> row.add(values.stream().filter(v -> v.compareTo(BigDecimal.valueOf(b[0])) >= 0
                        && v.compareTo(BigDecimal.valueOf(b[1])) < 0).count()));
                rows.add(row);
            });
        }
        return new Chart("scores", "加权总分分布（各阶段、各专业组）", "stack", headers, rows);
    }

    private Chart objections(String campaign) {
        Map<Objection.Status, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(Objection.Status.values()).forEach(s -> byStatus.put(s, 0L));
        objections.ofCampaign(campaign).forEach(o -> byStatus.merge(o.status(), 1L, Long::sum));
        List<List<Object>> rows = byStatus.entrySet().stream().map(e -> List.<Object>of(e.getKey().displayName(), e.getValue())).toList();
        return new Chart("objections", "公示异议及处理结果", "pie", List.of("状态", "异议数"), rows);
    }

    /** Open tasks of the campaign's cases past their due date (all their keys start with the campaign's number). */
    private Chart overdue(String campaign) {
        List<Task> late = SystemCalls.call(identity, () -> tasks.createTaskQuery().active()
                .processInstanceBusinessKeyLike(campaign + "%").dueBefore(java.util.Date.from(BeijingTime.now())).list());
        Map<String, Long> byName = late.stream().collect(Collectors.groupingBy(Task::getName, TreeMap::new, Collectors.counting()));
        List<List<Object>> rows = byName.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList();
        return new Chart("overdue", "逾期未办的待办", "bar", List.of("待办", "逾期数"), rows);
    }

    private static String groupName(Committee committee, String code) {
        return committee == null ? code : committee.group(code).map(g -> g.template().displayName()).orElse(code);
    }

    private static long count(List<Applications.Case> cases, java.util.function.Predicate<ApplicationStatus> test) {
        return cases.stream().filter(c -> test.test(c.status())).count();
    }

    @SafeVarargs
    private static Set<ApplicationStatus> union(Set<ApplicationStatus>... sets) {
        Set<ApplicationStatus> all = EnumSet.noneOf(ApplicationStatus.class);
        Arrays.stream(sets).forEach(all::addAll);
        return all;
    }
}
