package org.caq.benchmark.review;

import java.util.List;

/** A campaign's review committee (Art. 12–14) and the rules its reviews follow, fixed before scoring opens. */
public record Committee(String campaignNumber, String chair, String viceChair, int expertsPerApplication,
        AggregationPolicy policy, Rubric rubric, List<Group> groups) {

    /** A specialist group: its leader and members (expert codes; the leader is a member). */
    public record Group(GroupTemplate template, String leader, List<String> members) {

        public String code() {
            return template.name();
        }
    }
}
