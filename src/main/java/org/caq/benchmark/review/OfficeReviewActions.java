package org.caq.benchmark.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.identity.CurrentUser;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.PlainText;
import org.caq.benchmark.procedure.SystemCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office does when an expert cannot go on: give a review to another expert of the group, or name
 * another leader for a group. Both keep the record (who, why) and the rules (no conflict, no double review).
 */
@Component
class OfficeReviewActions {

    private static final Logger log = LoggerFactory.getLogger(OfficeReviewActions.class);

    private final Reviews reviews;
    private final Committees committees;
    private final Campaigns campaigns;
    private final Experts experts;
    private final Applications applications;
    private final ReviewRound round;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CurrentUser user;
    private final RepositoryService repository;
    private final LegacyReviewStages legacy;

    OfficeReviewActions(Reviews reviews, Committees committees, Campaigns campaigns, Experts experts,
            Applications applications, ReviewRound round, RuntimeService runtime, TaskService tasks, IdentityService identity,
            CurrentUser user, RepositoryService repository, LegacyReviewStages legacy) {
        this.repository = repository;
        this.legacy = legacy;
        this.reviews = reviews;
        this.committees = committees;
        this.campaigns = campaigns;
        this.experts = experts;
        this.applications = applications;
        this.round = round;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.user = user;
    }

    @Transactional
    void reassign(String reviewId, String reason) {
        Review review = reviews.find(reviewId).orElseThrow(() -> new ApplicationAccess.NotVisible("评审 " + reviewId));
        requireOffice(review.campaignNumber());
        if (review.status() != Review.Status.ASSIGNED) {
            throw new InvalidInput("这项评审已" + (review.status() == Review.Status.SUBMITTED ? "提交" : "交出") + "，不能改派。");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("请写明改派理由（500 字以内）。");
        }
        PlainText.text(reason, "改派理由");
        reviews.reassign(review.id(), "办公室改派：" + reason.strip());
        Optional<String> process = reviews.processOf(review.id());
        if (process.isEmpty()) {
            round.replace(review);
        } else {
            handOver(review, process.get());
        }
        log.info("Review {} ({} of {}) reassigned by {}: {}", review.id(), review.expertCode(), review.applicationNumber(),
                user.id(), reason.strip());
    }

    /**
     * The same review case goes on with the replacement: its open task (the undertaking or the review) is withdrawn
     * from the expert taken off, and the case hands itself over as after a recusal. A case of a model without that
     * step is ended and the replacement gets a case of its own, as before.
     */
    private void handOver(Review review, String process) {
        SystemCalls.run(identity, () -> {
            String definition = runtime.createProcessInstanceQuery().processInstanceId(process).singleResult()
                    .getProcessDefinitionId();
            if (repository.getBpmnModelInstance(definition).getModelElementById(ReviewProcess.HAND_OVER_TASK) == null) {
                runtime.deleteProcessInstance(process, "办公室改派");
                legacy.startReview(round.replace(review));
                return;
            }
            // the open tasks are taken before the hand-over creates the replacement's, which must stay
            ActivityInstance tree = runtime.getActivityInstance(process);
            var modification = runtime.createProcessInstanceModification(process)
                    .startBeforeActivity(ReviewProcess.HAND_OVER_TASK);
            for (String task : List.of(Undertakings.SIGN_TASK, ReviewProcess.REVIEW_TASK)) {
                for (ActivityInstance open : tree.getActivityInstances(task)) {
                    modification.cancelActivityInstance(open.getId());
                }
            }
            modification.execute();
        });
    }

    @Transactional
    void changeLeader(String campaign, String group, String expertCode) {
        requireOffice(campaign);
        Committee committee = committees.find(campaign).orElseThrow(() -> new InvalidInput("本活动尚未组建评审委员会。"));
        Committee.Group g = committee.group(group).orElseThrow(() -> new InvalidInput("专业组 " + group + " 不存在。"));
        if (!g.members().contains(expertCode)) {
            throw new InvalidInput("组长须为本组成员（" + String.join("、", g.members()) + "）。");
        }
        Expert leader = experts.find(expertCode).orElseThrow();
        List<String> conflicted = leaderConflicts(campaign, g, leader);
        if (!conflicted.isEmpty()) {
            throw new InvalidInput(leader.name() + "（" + expertCode + "）须回避本组申报（" + String.join("；", conflicted)
                    + "），不能任组长：组长要阅读本组全部评分。");
        }
        committees.changeLeader(campaign, group, expertCode);
        SystemCalls.run(identity, () -> tasks.createTaskQuery().processDefinitionKey(DeliberationProcess.KEY)
                .processInstanceBusinessKeyLike(campaign + "/%/" + group).list()
                .forEach(task -> tasks.setAssignee(task.getId(), leader.userId())));
        log.info("Leader of group {} in {} changed from {} to {} by {}", group, campaign, g.leader(), expertCode, user.id());
    }

    /**
     * Why the expert may not lead the group: each of the group's applications (those it reviews, and those waiting for
     * material review in its categories) the expert recused from or must keep away from, with the reason.
     */
    List<String> leaderConflicts(String campaign, Committee.Group group, Expert expert) {
        Set<String> numbers = new TreeSet<>();
        reviews.ofCampaign(campaign).stream().filter(r -> r.groupCode().equals(group.code()))
                .forEach(r -> numbers.add(r.applicationNumber()));
        applications.inCampaign(campaign).stream().filter(c -> c.status() == ApplicationStatus.AWAITING_MATERIAL_REVIEW)
                .filter(c -> group.covers(c.application())).forEach(c -> numbers.add(c.number()));
        List<String> conflicts = new ArrayList<>();
        for (String number : numbers) {
            if (reviews.recusedFrom(number).contains(expert.code())) {
                conflicts.add(number + " 已声明回避");
            } else {
                Conflicts.between(expert, ReviewRound.candidate(applications.find(number).orElseThrow()))
                        .ifPresent(reason -> conflicts.add(number + " " + reason));
            }
        }
        return conflicts;
    }

    private void requireOffice(String campaignNumber) {
        Campaign campaign = campaigns.find(campaignNumber)
                .orElseThrow(() -> new ApplicationAccess.NotVisible("遴选活动 " + campaignNumber));
        if (!user.inAny(campaign.officeGroup(), ProcedureGroup.OFFICE.id())) {
            throw new ApplicationAccess.NotVisible("遴选活动 " + campaignNumber + " 的评审安排");
        }
    }
}
