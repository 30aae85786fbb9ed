package org.caq.benchmark.review;

import java.util.Optional;

/**
 * 回避: an expert never reviews an application of their own organisation, of the region they belong to, or
 * recommended by the association they belong to. Applied automatically at assignment; an expert may also declare
 * a conflict these rules cannot see.
 */
final class Conflicts {

    private Conflicts() {
    }

    static Optional<String> between(Expert expert, Candidate application) {
        if (normalise(expert.affiliation()).equals(normalise(application.enterpriseName()))) {
            return Optional.of("本单位");
        }
        if (application.region().startsWith(expert.region())) {
            return Optional.of("同一地区");
        }
        if (expert.association() != null && expert.association().equals(application.recommendingUnit())) {
            return Optional.of("所属协会推荐");
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.replaceAll("\\s", "");
    }
}
