package org.caq.benchmark.simulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.caq.benchmark.TestPreliminaryLists;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.calendar.HolidayArrangements;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.model.AnnouncementProcess;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.caq.benchmark.review.ConfidentialityUndertaking;
import org.caq.benchmark.review.Undertakings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One campaign (the national one or a province's) driven through every stage as its people would, with seeded random decisions: each task
 * is completed through the engine's API, authenticated as the person whose task it is, so the delegates' checks,
 * the authorizations and the domain records all do their real work. Timers are run when the simulation reaches
 * them, as the job executor would at their due time; the publicity start is moved to today when the first
 * working day is later (and a year whose holiday arrangement is not shipped yet counts as plain weekdays, as in the
 * tests).
 */
final class SimulatedCampaign {

    private static final byte[] PDF = "%PDF-1.7\n% simulated\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final int EXPERTS_PER_APPLICATION = 5;

    /** What the run did that the end-state check and the report need. */
    record Outcome(String campaign, int applications, int objections, int upheld, boolean revoked) {
    }

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final IdentityService identity;
    private final DocumentStore store;
    private final Stages stages;
    private final Random random;
    private final Objector objector;
    private final Applications applications;
    private final HolidayArrangements arrangements;
    private final JdbcClient jdbc;
    private final Nodes nodes;
    private final TasklistProbe tasklist;
    private final int experts;
    private final Map<String, SimulationData.Enterprise> byApplication = new HashMap<>();
    private final Set<String> leaders = new HashSet<>();
    /** The campaign's directory: national, or a province's code. */
    private final String directory;
    private final String office;
    private final List<String> officeGroups;
    private final String approver;
    private final List<String> approverGroups;
    private String campaign;
    private int applicationCount;
    private boolean revoked;
    private int[] objections = {0, 0};
    private final Set<String> lettered = new HashSet<>();
    private PeakProbe peak;
    private String provinceOffice;

    SimulatedCampaign(ProcessEngine engine, DocumentStore store, Stages stages, Random random, Objector objector,
            Applications applications, HolidayArrangements arrangements, JdbcClient jdbc, Nodes nodes,
            int experts, LevelRule rule) {
        this.engine = engine;
        this.directory = rule.directory();
        String officeGroup = ProcedureGroup.officeOf(directory);
        this.office = national() ? "office" : "sim-" + officeGroup;
        this.officeGroups = List.of(officeGroup);
        this.approver = national() ? "caq" : "sim-" + rule.approverGroup();
        this.approverGroups = List.of(rule.approverGroup());
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
        this.store = store;
        this.stages = stages;
        this.random = random;
        this.objector = objector;
        this.applications = applications;
        this.arrangements = arrangements;
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.tasklist = new TasklistProbe(engine);
        this.experts = experts;
        this.leaders.addAll(SimulationData.leaderUsers(experts));
    }

    TasklistProbe tasklist() {
        return tasklist;
    }

    /** One step of the year: a stage the people work through (measured), or a Tasklist probe between stages (not). */
    record Step(String name, boolean measured, Runnable work) {
    }

    /** The whole campaign, stage after stage, each measured under the campaign's label. */
    Outcome run(int year, List<SimulationData.Enterprise> enterprises, boolean revokeOne) {
        String label = "[" + number(year) + "] ";
        for (Step step : steps(year, enterprises, revokeOne)) {
            if (step.measured()) {
                stages.run(label + step.name(), step.work());
            } else {
                step.work().run();
            }
        }
        return outcome();
    }

    /**
     * The campaign's stages in their order, for a driver that runs several campaigns of a year side by side (each
     * stage of every campaign before the next stage of any): the applications, reviews and lists of all of them open
     * at the same time, as in a real year. A provincial campaign has no ministry's comments, no exchange activity
     * and (here) no revocation. The application's own steps (start, materials, recommendation, form review) are all
     * in {@link #apply} and {@link #recommend} and {@link #formReview}.
     */
    List<Step> steps(int year, List<SimulationData.Enterprise> enterprises, boolean revokeOne) {
        String campaign = number(year);
        this.campaign = campaign;
        this.applicationCount = enterprises.size();
        this.revoked = revokeOne && national();
        LocalDate today = BeijingTime.today();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("活动登记与申报开放", true, () -> open(year)));
        steps.add(new Step("企业账号绑定", false, () -> bindAccounts(enterprises)));
        steps.add(new Step("企业申报", true, () -> enterprises.forEach(this::apply)));
        if (peak != null) {
            steps.add(new Step("probe: units", false, () -> peak.units(busiestUnit(enterprises), enterprises.get(0).user())));
        }
        steps.add(new Step("择优推荐（含退回修改）", true, () -> recommend(campaign)));
        steps.add(new Step("获推荐后上传申报材料", true, () -> handInMaterials(campaign)));
        // the probes read the national office's and the busiest expert's lists (the expert's across all campaigns)
        if (national()) {
            steps.add(new Step("probe: office", false, () -> tasklist.office(campaign)));
            if (peak != null) {
                steps.add(new Step("probe: offices", false, () -> peak.offices(provinceOffice)));
            }
        }
        steps.add(new Step("形式审查（含补正）", true, () -> formReview(campaign)));
        steps.add(new Step("申报截止、推荐截止", true, () -> {
            runTimer(campaign, "Event_ApplicationWindowCloses");
            runTimer(campaign, "Event_RecommendationDeadline");
            completeOne(campaign, "UserTask_ConcludeFormReview", Map.of("formReviewConcluded", true));
        }));
        steps.add(new Step("组建评审委员会、开启资料评审", true, () -> {
            Map<String, Object> committee = new HashMap<>(SimulationData.committeePicks(experts));
            committee.putAll(Map.of(ReviewProcess.EXPERTS_PER_APPLICATION, EXPERTS_PER_APPLICATION,
                    ReviewProcess.AGGREGATION_POLICY, "TRIMMED_MEAN", ReviewProcess.MAX_SCORE, 100, ReviewProcess.CRITERION_WEIGHTS, "1,1,1"));
            completeOne(campaign, "UserTask_FormCommittee", committee);
            completeOne(campaign, "UserTask_OpenMaterialReview", Map.of(ReviewProcess.REVIEW_DUE_DATE,
                    today.plusDays(20).toString(), ReviewProcess.REMINDER_DAYS, 3));
        }));
        if (national()) {
            steps.add(new Step("probe: expert", false, () -> tasklist.busiestExpert(campaign)));
            if (peak != null) {
                steps.add(new Step("probe: experts", false, peak::busiestExpert));
            }
        }
        steps.add(new Step("资料评审（专家评分、回避）", true, () -> review(campaign, 0.02)));
        steps.add(new Step("资料评审专业组合议", true, () -> deliberate(campaign, 0.5)));
        steps.add(new Step("答辩评审安排、现场核查", true, () -> scheduleDefense(campaign, today)));
        steps.add(new Step("答辩评审（专家评分、回避）", true, () -> review(campaign, 0.01)));
        steps.add(new Step("答辩评审专业组合议", true, () -> deliberate(campaign, 0.7)));
        if (national()) {
            steps.add(new Step("工信部意见及处理", true, () -> consultMinistry(campaign)));
        }
        steps.add(new Step("公示与异议处理", true, () -> objections = publicize(campaign, enterprises.size())));
        steps.add(new Step("遴选结果、批准、公告", true, () -> announce(campaign, today)));
        steps.add(new Step("授牌、宣传视频", true, () -> manageTitles(campaign, today)));
        if (revoked) {
            steps.add(new Step("撤销称号", true, () -> revokeOne(campaign)));
        }
        if (national()) {
            steps.add(new Step("标杆经验交流活动", true, () -> holdExchange(campaign, today)));
        }
        if (peak != null) {
            steps.add(new Step("probe: reads", false, () -> peak.reads(byApplication.keySet().stream().sorted().findFirst().orElseThrow(),
                    campaign)));
        }
        return steps;
    }

    /**
     * Probes the busiest users' lists at this campaign's peaks and its reads at the end (the national campaign of
     * the years compared); {@code provinceOffice}: a provincial office whose form-review list is read too.
     */
    void probePeaks(PeakProbe peak, String provinceOffice) {
        this.peak = peak;
        this.provinceOffice = provinceOffice;
    }

    private static String busiestUnit(List<SimulationData.Enterprise> enterprises) {
        return enterprises.stream().collect(Collectors.groupingBy(SimulationData.Enterprise::unit, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** What the campaign's steps did, once they have all run. */
    Outcome outcome() {
        return new Outcome(campaign, applicationCount, objections[0], objections[1], revoked);
    }

    private boolean national() {
        return RecommendingUnit.NATIONAL.equals(directory);
    }

    private String number(int year) {
        return year + "-" + directory;
    }

    private void open(int year) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CampaignProcess.YEAR, year);
        settings.put(CampaignProcess.LEVEL, national() ? "national" : "provincial");
        settings.put(CampaignProcess.PROVINCE, national() ? null : directory);
        settings.put(CampaignProcess.ORGANISER, national() ? "中国质量协会" : "模拟" + directory + "省工业和信息化厅");
        if (!national()) {
            settings.put(CampaignProcess.WITH_PUBLICITY, true);
        }
        settings.put(CampaignProcess.FOCUS_AREAS, "智能制造\n数字化转型\n供应链质量管理");
        settings.put(CampaignProcess.APPLICATION_OPENS, year + "-05-15");
        settings.put(CampaignProcess.APPLICATION_CLOSES, year + "-07-05");
        settings.put(CampaignProcess.RECOMMENDATION_DEADLINE, year + "-07-20");
        String campaign = number(year);
        Person.as(identity, office, officeGroups, () -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, settings));
        completeOne(campaign, "UserTask_PublishCampaignNotice", Map.of(CampaignProcess.NOTICE_URL, "https://www.caq.org.cn/" + campaign));
        runTimer(campaign, "Event_ApplicationWindowOpens");
    }

    /** Each enterprise's account applies as that enterprise: bound beforehand, as administrators do before the window. */
    private void bindAccounts(List<SimulationData.Enterprise> enterprises) {
        for (SimulationData.Enterprise e : enterprises) {
            jdbc.sql("delete from applicant_enterprise where user_id = ? or credit_code = ?").params(e.user(), e.creditCode()).update();
            jdbc.sql("insert into applicant_enterprise (user_id, credit_code, enterprise_name, bound_by, bound_at) values (?, ?, ?, ?, ?)")
                    .params(e.user(), e.creditCode(), e.name(), "simulation", java.sql.Timestamp.from(java.time.Instant.now())).update();
        }
    }

    private void apply(SimulationData.Enterprise e) {
        Map<String, Object> form = SimulationData.applicationForm(e.unit(), e.name(), e.creditCode(), e.category());
        String number = Person.as(identity, e.user(), List.of("applicant"),
                () -> engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, form).getBusinessKey());
        stages.taskCompleted(); // the start form is a task the applicant completes in Tasklist
        byApplication.put(number, e);
        // the unit's sealed 推荐表, which recommending needs (decision 0052), stored ahead of its decision
        store.save(number, DocumentKind.SEALED_RECOMMENDATION, "推荐表.png", new ByteArrayInputStream(PNG), "sim-unit-" + e.unit(),
                () -> { });
        if ("shandong".equals(directory) && lettered.add(e.unit())) {
            uploadCoveringLetter(campaign, e.unit());
        }
    }

    /** Seed 001 §1(2)4: each recommended applicant uploads its materials and hands them in. */
    private void handInMaterials(String campaign) {
        List<Runnable> work = new ArrayList<>();
        for (Task attach : open(campaign, ApplicationProcess.USER_TASK_UPLOAD_MATERIALS)) {
            String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(attach.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            work.add(() -> {
                store.save(number, DocumentKind.EXPERIENCE, "典型经验.pdf", new ByteArrayInputStream(PDF), attach.getAssignee(), () -> { });
                store.save(number, DocumentKind.SEALED_FORM, "申报书.png", new ByteArrayInputStream(PNG), attach.getAssignee(), () -> { });
                complete(attach, attach.getAssignee(), List.of("applicant"), Map.of());
            });
        }
        together(work);
    }

    /** A Shandong city's 推荐文件 for the campaign (seed 004 §一(三)2), once per campaign and city, as the city uploads it. */
    private void uploadCoveringLetter(String campaign, String unit) {
        store.savePdf("推荐文件", "推荐文件.pdf", new ByteArrayInputStream(PDF), 1 << 20, file -> jdbc.sql("""
                insert into covering_letter (id, campaign_number, unit_code, file_name, content_type, size_bytes, sha256,
                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)""")
                .params(file.id(), campaign, unit, file.fileName(), file.contentType(), file.size(), file.sha256(), "sim-unit-" + unit)
                .update());
    }

    /** Each unit recommends its best within its quota (the campaign's, e.g. 3 by seed 001), returns a few once for revision, declines the rest. */
    private void recommend(String campaign) {
        Map<String, Integer> quotas = new HashMap<>();
        jdbc.sql("select unit_code, quota from campaign_quota where campaign_number = ?").param(campaign)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).list().forEach(q -> quotas.put(q.getKey(), q.getValue()));
        Map<String, Integer> recommended = new HashMap<>();
        Set<String> returned = new HashSet<>();
        for (List<Task> open = open(campaign, "UserTask_RecommendApplication"); !open.isEmpty();
                open = open(campaign, "UserTask_RecommendApplication")) {
            Map<String, SimulationData.Enterprise> of = enterprises(open);
            open.sort(Comparator.comparingDouble((Task t) -> -of.get(t.getProcessInstanceId()).merit()));
            List<Runnable> work = new ArrayList<>();
            for (Task task : open) {
                SimulationData.Enterprise e = of.get(task.getProcessInstanceId());
                List<String> unit = List.of("unit-" + e.unit());
                String user = "sim-unit-" + e.unit();
                Map<String, Object> decision;
                if (!returned.contains(task.getProcessInstanceId()) && random.nextDouble() < 0.05) {
                    returned.add(task.getProcessInstanceId());
                    decision = Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RETURN,
                            ApplicationProcess.RECOMMENDATION_COMMENT, "请补充近三年质量损失率数据");
                } else if (recommended.merge(e.unit(), 1, Integer::sum) <= quotas.getOrDefault(e.unit(), 0)) {
                    decision = Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.RECOMMEND);
                } else {
                    decision = Map.of(ApplicationProcess.RECOMMENDATION_DECISION, ApplicationProcess.DECLINE,
                            ApplicationProcess.RECOMMENDATION_COMMENT, "本单位推荐名额已用完，择优推荐其他申报");
                }
                work.add(() -> complete(task, user, unit, decision));
            }
            together(work);
            for (Task revision : open(campaign, "UserTask_ReviseApplication")) {
                complete(revision, revision.getAssignee(), List.of("applicant"),
                        Map.of(ApplicationProcess.EFFECTS, "近三年一次交检合格率 97.5%、98.6%、99.3%，质量损失率下降 40%。"));
            }
        }
    }

    /** The office passes most, asks a few to supplement (who do, and then pass), and fails a few. */
    private void formReview(String campaign) {
        Set<String> supplemented = new HashSet<>();
        String due = BeijingTime.today().plusDays(10).toString();
        for (List<Task> open = open(campaign, "UserTask_ReviewForm"); !open.isEmpty(); open = open(campaign, "UserTask_ReviewForm")) {
            for (Task task : open) {
                double draw = random.nextDouble();
                if (!supplemented.contains(task.getProcessInstanceId()) && draw < 0.05) {
                    supplemented.add(task.getProcessInstanceId());
                    complete(task, office, officeGroups, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.SUPPLEMENT,
                            ApplicationProcess.FORM_REVIEW_REASON, "申报书缺少推荐单位盖章页", ApplicationProcess.SUPPLEMENT_DUE_DATE, due));
                } else if (draw > 0.98) {
                    complete(task, office, officeGroups, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.FAIL,
                            ApplicationProcess.FORM_REVIEW_REASON, "近三年利润数据不符合申报条件"));
                } else {
                    complete(task, office, officeGroups, Map.of(ApplicationProcess.FORM_REVIEW_DECISION, ApplicationProcess.PASS));
                }
            }
            for (Task supplement : open(campaign, "UserTask_SupplementApplication")) {
                complete(supplement, supplement.getAssignee(), List.of("applicant"), Map.of());
            }
        }
    }

    /** Every expert scores by the application's merit with some noise; a few declare a conflict (never a leader). */
    private void review(String campaign, double recusals) {
        sign(campaign);
        for (List<Task> open = open(campaign, "UserTask_ReviewApplication"); !open.isEmpty();
                open = open(campaign, "UserTask_ReviewApplication")) {
            Map<String, SimulationData.Enterprise> of = enterprises(open);
            List<Runnable> work = new ArrayList<>();
            for (Task task : open) {
                if (!leaders.contains(task.getAssignee()) && random.nextDouble() < recusals) {
                    work.add(() -> complete(task, task.getAssignee(), List.of("committee"), Map.of(ReviewProcess.RECUSE, true,
                            ReviewProcess.RECUSAL_REASON, "曾为该企业提供质量管理咨询")));
                    continue;
                }
                double merit = of.get(task.getProcessInstanceId()).merit();
                Function<Integer, Integer> score = spread -> (int) Math.max(0, Math.min(100,
                        Math.round(55 + 40 * merit + random.nextGaussian() * spread)));
                Map<String, Object> scores = Map.of(ReviewProcess.SCORE_1, score.apply(6), ReviewProcess.SCORE_2, score.apply(8),
                        ReviewProcess.SCORE_3, score.apply(10), ReviewProcess.COMMENT, "方法体系完整，成效数据可信。");
                work.add(() -> complete(task, task.getAssignee(), List.of("committee"), scores));
            }
            together(work);
            sign(campaign);
        }
    }

    /** Each expert waiting on the campaign signs the confidentiality undertaking (Art. 15), once for the campaign. */
    private void sign(String campaign) {
        for (List<Task> waiting = open(campaign, Undertakings.SIGN_TASK); !waiting.isEmpty(); waiting = open(campaign, Undertakings.SIGN_TASK)) {
            complete(waiting.get(0), waiting.get(0).getAssignee(), List.of("committee"), Map.of(ConfidentialityUndertaking.ACCEPTED, true));
        }
    }

    /** Many people at once in a cluster (four at a time, over both nodes); one after another on a single node. */
    private void together(List<Runnable> work) {
        if (!nodes.clustered()) {
            work.forEach(Runnable::run);
            return;
        }
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            for (Future<?> done : people.invokeAll(work.stream().map(Executors::callable).toList())) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            people.shutdown();
        }
    }

    /** Each group's leader takes the best-ranked share of the group's applications forward. */
    private void deliberate(String campaign, double share) {
        sign(campaign);
        for (Task task : open(campaign, "UserTask_Deliberate")) {
            SpinJsonNode options = Spin.JSON(tasks.getVariableLocal(task.getId(), ReviewProcess.SELECTION_OPTIONS).toString());
            List<String> ranked = options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
            List<String> selected = ranked.subList(0, Math.max(1, (int) Math.round(ranked.size() * share)));
            complete(task, task.getAssignee(), List.of("committee"), Map.of(ReviewProcess.SELECTED, Spin.JSON(selected),
                    ReviewProcess.RATIONALE, "按综合得分排序择优"));
        }
    }

    private void scheduleDefense(String campaign, LocalDate today) {
        List<String> shortlisted = inStatus(campaign, ApplicationStatus.IN_DEFENSE_REVIEW);
        List<String> verified = new ArrayList<>();
        for (int i = 0; i < shortlisted.size(); i += 25) {
            verified.add(shortlisted.get(i));
        }
        completeOne(campaign, "UserTask_ScheduleDefense", Map.of(ReviewProcess.DEFENSE_DATE, today.plusDays(5).toString(),
                ReviewProcess.DEFENSE_PLACE, "北京 中国质量协会", ReviewProcess.DEFENSE_DUE_DATE, today.plusDays(10).toString(),
                ReviewProcess.SITE_VERIFICATIONS, String.join("\n", verified)));
        for (Task task : open(campaign, "UserTask_RecordSiteVerification")) {
            complete(task, office, officeGroups, Map.of(ReviewProcess.SITE_VERIFICATION_FINDING, "现场数据与申报材料一致"));
        }
    }

    private void consultMinistry(String campaign) {
        String first = inStatus(campaign, ApplicationStatus.ON_PRELIMINARY_LIST).get(0);
        completeOne(campaign, "UserTask_CommentOnPreliminaryList", "ministry", List.of("ministry"),
                Map.of(ReviewProcess.MINISTRY_COMMENTS, first + "：请核实近三年利润数据"));
        completeOne(campaign, "UserTask_HandleMinistryComments", Map.of(ReviewProcess.COMMENT_HANDLING, first + "：已核实审计报告，数据属实"));
    }

    /** Publicity with objections on about one in forty listed, half of them upheld; returns {objections, upheld}. */
    private int[] publicize(String campaign, int applications) {
        completeOne(campaign, "UserTask_PublishPublicity", Map.of(PublicityProcess.PUBLICITY_CHANNELS, TestPreliminaryLists.PUBLICITY_CHANNELS, PublicityProcess.PUBLICITY_START, TestPreliminaryLists.publicityStart(arrangements).toString()));
        TestPreliminaryLists.beginToday(jdbc, campaign);
        List<String> listed = inStatus(campaign, ApplicationStatus.ON_PRELIMINARY_LIST);
        // distinct applications: an upheld objection takes its application off the list
        int count = Math.min(listed.size(), Math.max(2, listed.size() / 40));
        int upheld = 0;
        for (int i = 0; i < count; i++) {
            String objection = objector.object(listed.get(i * listed.size() / count), i);
            boolean uphold = i % 2 == 0;
            upheld += uphold ? 1 : 0;
            String handling = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(objection)
                    .singleResult().getId();
            completeIn(handling, office, officeGroups, Map.of(PublicityProcess.FINDINGS, uphold ? "经核对审计报告，数据不实" : "数据属实",
                    PublicityProcess.RECOMMENDATION, uphold ? PublicityProcess.UPHOLD : PublicityProcess.DISMISS));
            // the committee votes (Art. 21): its members, one task each, until the outcome is settled
            sign(campaign);
            for (List<Task> votes = voteTasks(handling); !votes.isEmpty(); votes = voteTasks(handling)) {
                complete(votes.get(0), votes.get(0).getAssignee(), List.of("committee"), Map.of(PublicityProcess.VOTE,
                        uphold ? PublicityProcess.UPHOLD : PublicityProcess.DISMISS, PublicityProcess.VOTE_OPINION,
                        uphold ? "材料不实" : "异议缺乏依据"));
            }
            completeIn(handling, office, officeGroups, Map.of(PublicityProcess.REPLY, "已书面答复异议人"));
        }
        runTimer(campaign, "Event_PublicityPeriodEnds");
        return new int[] {count, upheld};
    }

    private void announce(String campaign, LocalDate today) {
        List<String> listed = inStatus(campaign, ApplicationStatus.ON_PRELIMINARY_LIST);
        String leftOff = listed.size() >= 3 ? listed.get(listed.size() - 1) + "：按工信部意见核实，不列入" : null;
        Map<String, Object> exclusions = new HashMap<>();
        exclusions.put(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, leftOff);
        completeOne(campaign, "UserTask_PrepareFinalList", exclusions);
        completeOne(campaign, "UserTask_ApproveResults", approver, approverGroups, Map.of(AnnouncementProcess.APPROVAL_DECISION,
                AnnouncementProcess.RETURN, AnnouncementProcess.APPROVAL_COMMENT, "请核对企业名称"));
        exclusions.put(AnnouncementProcess.FINAL_LIST_EXCLUSIONS, null); // the one left off stays off
        completeOne(campaign, "UserTask_PrepareFinalList", exclusions);
        completeOne(campaign, "UserTask_ApproveResults", approver, approverGroups, Map.of(AnnouncementProcess.APPROVAL_DECISION,
                AnnouncementProcess.APPROVE, AnnouncementProcess.APPROVAL_REFERENCE, "会长办公会纪要〔" + campaign.substring(0, 4) + "〕9号"));
        completeOne(campaign, "UserTask_PublishAnnouncement", Map.of(AnnouncementProcess.CHANNELS, TestPreliminaryLists.ANNOUNCEMENT_CHANNELS,
                AnnouncementProcess.CHANNEL_NOTE, TestPreliminaryLists.MEDIA, AnnouncementProcess.DOCUMENT_NUMBER,
                "中国质协字〔" + campaign.substring(0, 4) + "〕1号", AnnouncementProcess.PUBLISHED_ON, today.toString()));
    }

    private void manageTitles(String campaign, LocalDate today) {
        int plaque = 0;
        for (Task task : tasks.createTaskQuery().processDefinitionKey(TitleProcess.KEY).processInstanceBusinessKeyLike(campaign + "-T%")
                .taskDefinitionKey("UserTask_RecordPlaque").list()) {
            complete(task, office, officeGroups, Map.of(TitleProcess.PLAQUE_NUMBER, "ZLBG-" + campaign + "-" + (++plaque),
                    TitleProcess.PLAQUE_AWARDED_ON, today.toString()));
        }
        for (Task task : tasks.createTaskQuery().processDefinitionKey(TitleProcess.KEY).processInstanceBusinessKeyLike(campaign + "-T%")
                .taskDefinitionKey("UserTask_ProvidePromotionVideo").list()) {
            complete(task, task.getAssignee(), List.of("applicant"), Map.of(TitleProcess.VIDEO_URL, "https://video.example.cn/" + task.getId() + ".mp4",
                    TitleProcess.VIDEO_SPEAKER_MINUTES, 1, TitleProcess.VIDEO_PRESENTATION_MINUTES, 28, TitleProcess.VIDEO_PRODUCT_MINUTES, 1,
                    TitleProcess.VIDEO_STRUCTURE_CONFIRMED, true, TitleProcess.EXCHANGE_CONFIRMED, true));
        }
    }

    /** CAQ's exchange activity of the year (Art. 5, 23): every holder invited and present, which meets its exchange duty. */
    private void holdExchange(String campaign, LocalDate today) {
        List<String> holders = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TitleProcess.KEY)
                .processInstanceBusinessKeyLike(campaign + "-T%").list().stream().map(ProcessInstance::getBusinessKey).sorted().toList();
        if (holders.isEmpty()) {
            return;
        }
        String exchange = Person.as(identity, office, officeGroups, () -> engine.getRuntimeService().startProcessInstanceByKey(
                TitleProcess.EXCHANGE_KEY, Map.of(TitleProcess.EXCHANGE_DIRECTORY, "national", TitleProcess.EXCHANGE_NAME,
                        campaign.substring(0, 4) + "年全国质量标杆经验交流活动", TitleProcess.EXCHANGE_HELD_ON, today.toString(),
                        TitleProcess.EXCHANGE_PLACE, "北京，标杆经验分享", TitleProcess.EXCHANGE_INVITED, String.join("\n", holders))).getId());
        completeIn(exchange, office, officeGroups, Map.of(TitleProcess.EXCHANGE_ATTENDANCE,
                holders.stream().map(title -> title + "：出席").collect(Collectors.joining("\n"))));
    }

    /** The campaign's first title revoked; a small campaign may have awarded none (then nothing is revoked). */
    private void revokeOne(String campaign) {
        String title = jdbc.sql("select number from benchmark_title where campaign_number = ? order by number").param(campaign)
                .query(String.class).list().stream().findFirst().orElse(null);
        if (title == null) {
            revoked = false;
            return;
        }
        String revocation = Person.as(identity, office, officeGroups, () -> engine.getRuntimeService().startProcessInstanceByKey(
                TitleProcess.REVOCATION_KEY, Map.of(TitleProcess.TITLE_NUMBER, title, TitleProcess.GROUND, "QUALITY_ACCIDENT",
                        TitleProcess.REPORT, "市场监管部门通报该企业发生重大产品质量事故")).getId());
        completeIn(revocation, office, officeGroups, Map.of(TitleProcess.FINDINGS, "事故属实且负主要责任",
                TitleProcess.RECOMMENDATION, TitleProcess.REVOKE));
        completeIn(revocation, office, officeGroups, Map.of(TitleProcess.DECISION, TitleProcess.REVOKE,
                TitleProcess.DECISION_REASON, "发生重大质量责任事故"));
    }

    // --- the engine, as the people would use it ---

    /** The campaign's applications with this status, by number, from the records in one query. */
    private List<String> inStatus(String campaign, ApplicationStatus status) {
        return applications.inCampaign(campaign).stream().filter(c -> c.status() == status).map(Applications.Case::number)
                .sorted().toList();
    }

    private List<Task> open(String campaign, String taskDefinitionKey) {
        return new ArrayList<>(tasks.createTaskQuery().processInstanceBusinessKeyLike(campaign + "%")
                .taskDefinitionKey(taskDefinitionKey).orderByTaskCreateTime().asc().list());
    }

    /** The enterprise behind each task's case (an application, or a review of one), in one query. */
    private Map<String, SimulationData.Enterprise> enterprises(List<Task> open) {
        Map<String, SimulationData.Enterprise> of = new HashMap<>();
        if (open.isEmpty()) {
            return of;
        }
        Set<String> ids = new HashSet<>(open.stream().map(Task::getProcessInstanceId).toList());
        for (var pi : engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()) {
            String key = pi.getBusinessKey();
            of.put(pi.getId(), byApplication.get(key.contains("/") ? key.substring(0, key.indexOf('/')) : key));
        }
        return of;
    }

    private void completeOne(String campaign, String taskDefinitionKey, Map<String, Object> variables) {
        completeOne(campaign, taskDefinitionKey, office, officeGroups, variables);
    }

    private void completeOne(String campaign, String taskDefinitionKey, String user, List<String> groups, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(campaign)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        if (task == null) {
            throw new IllegalStateException(campaign + " is not at " + taskDefinitionKey);
        }
        complete(task, user, groups, variables);
    }

    private List<Task> voteTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("UserTask_VoteOnObjection").list();
    }

    private void completeIn(String processInstanceId, String user, List<String> groups, Map<String, Object> variables) {
        complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult(), user, groups, variables);
    }

    /** Completes the task as its person would; a concurrent change to the same case is retried, as a person would. */
    private void complete(Task task, String user, List<String> groups, Map<String, Object> variables) {
        for (int attempt = 1; ; attempt++) {
            try {
                nodes.complete(task.getId(), user, groups, variables);
                stages.taskCompleted();
                return;
            } catch (OptimisticLockingException | IllegalStateException e) {
                // node 2 answers a concurrent change as a 500 whose message names it (ENGINE-03005), not by the exception's name
                String message = String.valueOf(e.getMessage());
                if (attempt == 10 || !(e instanceof OptimisticLockingException || message.contains("OptimisticLocking")
                        || message.contains("updated by another transaction concurrently"))) {
                    throw e;
                }
                stages.retried();
                // four people at once on one group's reviews collide on the same record: each tries again a moment later
                try {
                    Thread.sleep(20L * attempt + random.nextInt(50));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * A timer at its due time. On one node the simulation runs it as the job executor would; in a cluster its due
     * date is brought to now and the simulation waits until one of the nodes' job executors has run it.
     */
    private void runTimer(String campaign, String activityId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
                .processInstanceBusinessKey(campaign).singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException(campaign + " has no timer at " + activityId);
        }
        if (!nodes.clustered()) {
            engine.getManagementService().executeJob(job.getId());
            return;
        }
        engine.getManagementService().setJobDuedate(job.getId(), new Date(System.currentTimeMillis() - 1000));
        long deadline = System.currentTimeMillis() + 120_000;
        while (engine.getManagementService().createJobQuery().jobId(job.getId()).count() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no node ran the timer " + activityId + " of " + campaign);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
