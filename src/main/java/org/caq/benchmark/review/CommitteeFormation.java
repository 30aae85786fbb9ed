package org.caq.benchmark.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.application.ApplicationStatus;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.Violations;
import org.springframework.stereotype.Component;

/**
 * Forms a campaign's committee (Art. 12–14). The proposal takes chair and vice-chair from the experts who may chair,
 * one specialist group per field the passed applications need, its members the pool's experts of that field (those
 * who know the applications' industries first), led by the best matched member free of conflict with the group's
 * applications, and as many experts per application as every application can have without conflict (at most the
 * default of five): valid as it stands. The office changes it by picking experts in the form.
 */
@Component
class CommitteeFormation {

    static final int DEFAULT_EXPERTS_PER_APPLICATION = 5;

    private final Experts experts;
    private final Applications applications;

    CommitteeFormation(Experts experts, Applications applications) {
        this.experts = experts;
        this.applications = applications;
    }

    Committee propose(String campaign) {
        List<Expert> pool = experts.all();
        List<Expert> chairs = pool.stream().filter(Expert::canChair).toList();
        String chair = chairs.isEmpty() ? "" : chairs.get(0).code();
        String vice = chairs.size() < 2 ? "" : chairs.get(1).code();
        List<Applications.Case> passed = passed(campaign);
        List<Committee.Group> groups = new ArrayList<>();
        int perApplication = DEFAULT_EXPERTS_PER_APPLICATION;
        for (GroupTemplate template : GroupTemplate.values()) {
            List<Applications.Case> covered = covered(passed, template);
            List<String> industries = covered.stream().map(c -> c.application().industry()).toList();
            List<Expert> members = pool.stream()
                    .filter(e -> e.field().equals(template.field()) && !e.code().equals(chair) && !e.code().equals(vice))
                    .sorted(Comparator.comparingLong((Expert e) -> -industryMatches(e, industries)).thenComparing(Expert::code))
                    .toList();
            if (covered.isEmpty() || members.isEmpty()) {
                continue;
            }
            Expert leader = members.stream().filter(m -> covered.stream().allMatch(c -> conflict(m, c).isEmpty()))
                    .findFirst().orElse(members.get(0));
            groups.add(new Committee.Group(template, leader.code(), members.stream().map(Expert::code).toList()));
            for (Applications.Case c : covered) {
                perApplication = Math.min(perApplication, eligible(members, c).size());
            }
        }
        return new Committee(campaign, chair, vice, Math.max(1, perApplication), AggregationPolicy.TRIMMED_MEAN,
                Rubric.DEFAULT, groups);
    }

    /**
     * The committee as the office picked it in the form: chair, vice-chair, and for each group the campaign needs its
     * members and leader. What the submission leaves out stays as proposed; what it gets wrong is added to the
     * violations.
     */
    Committee compose(Committee proposal, FormValues form, int perApplication, AggregationPolicy policy, Rubric rubric,
            Violations violations) {
        String chair = picked(form, ReviewProcess.COMMITTEE_CHAIR, "主任委员", violations).orElse(proposal.chair());
        String vice = picked(form, ReviewProcess.COMMITTEE_VICE_CHAIR, "副主任委员", violations).orElse(proposal.viceChair());
        List<Applications.Case> passed = passed(proposal.campaignNumber());
        List<Committee.Group> groups = new ArrayList<>();
        for (GroupTemplate template : GroupTemplate.values()) {
            if (covered(passed, template).isEmpty()) {
                continue;
            }
            Optional<Committee.Group> proposed = proposal.group(template.name());
            List<String> proposedMembers = proposed.map(Committee.Group::members).orElse(List.of());
            List<String> members = form.has(template.membersKey())
                    ? violations.read(() -> form.optionalList(template.membersKey(), template.displayName() + "成员"))
                    : proposedMembers;
            String leader = picked(form, template.leaderKey(), template.displayName() + "组长", violations)
                    .orElse(proposed.map(Committee.Group::leader).orElse(null));
            // a list that could not be read is reported as such; the group stands as proposed meanwhile
            groups.add(new Committee.Group(template, leader, List.copyOf(members == null ? proposedMembers : members)));
        }
        return new Committee(proposal.campaignNumber(), chair, vice, perApplication, policy, rubric, groups);
    }

    private static Optional<String> picked(FormValues form, String key, String label, Violations violations) {
        return Optional.ofNullable(violations.read(() -> form.optionalLine(key, label, 20)));
    }

    /** The applications waiting for material review: those the committee is formed for. */
    List<Applications.Case> passed(String campaign) {
        return applications.inCampaign(campaign).stream()
                .filter(c -> c.status() == ApplicationStatus.AWAITING_MATERIAL_REVIEW).toList();
    }

    static List<Applications.Case> covered(List<Applications.Case> passed, GroupTemplate template) {
        return passed.stream().filter(c -> template.categories().contains(c.application().category().number())).toList();
    }

    static Optional<String> conflict(Expert expert, Applications.Case application) {
        return Conflicts.between(expert, ReviewRound.candidate(application));
    }

    static List<Expert> eligible(List<Expert> members, Applications.Case application) {
        return members.stream().filter(m -> conflict(m, application).isEmpty()).toList();
    }

    /** How many of the group's applications name an industry the expert knows: the best matched lead. */
    private static long industryMatches(Expert expert, List<String> industries) {
        return industries.stream().filter(industry -> expert.industries().stream().anyMatch(industry::contains)).count();
    }
}
