package org.caq.benchmark.review;

import java.util.Set;

/**
 * A member of the expert pool (专家库, Art. 11): what they know, where they come from, and whether they may chair
 * (Art. 13: chair and vice-chair need all-round quality expertise). {@code region} is the GB/T 2260 code of the
 * region they belong to, as precise as the selection needs: two digits (a province) for the national pool, four
 * (a city) for a province's own; {@code association} the recommending unit (an association) they belong to.
 */
public record Expert(String code, String userId, String name, String field, Set<String> industries, String region,
        String affiliation, String association, boolean canChair) {
}
