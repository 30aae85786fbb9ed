package org.caq.benchmark.review;

import java.util.List;
import java.util.Optional;
import org.caq.benchmark.application.Application;

/** A campaign's review committee (Art. 12–14) and the rules its reviews follow, fixed before scoring opens. */
public record Committee(String campaignNumber, String chair, String viceChair, int expertsPerApplication,
        AggregationPolicy policy, Rubric rubric, List<Group> groups) {

    /** The group of this code. */
    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The group whose categories include the application's. */
    public Optional<Group> groupFor(Application application) {
        return groups.stream().filter(g -> g.covers(application)).findFirst();
    }

    /** A specialist group: its leader and members (expert codes; the leader is a member). */
    public record Group(GroupTemplate template, String leader, List<String> members) {

        public String code() {
            return template.name();
        }

        /** Whether the application's selection category is one of the group's. */
        public boolean covers(Application application) {
            return template.categories().contains(application.category().number());
        }
    }
}
