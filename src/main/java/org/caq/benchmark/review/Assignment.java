package org.caq.benchmark.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caq.benchmark.InvalidInput;

/**
 * Assigns each application of a group to a number of the group's experts: never one in conflict with it, and
 * always those with the fewest reviews so far, so the load stays balanced across the group (ties go by expert
 * code, which keeps assignment reproducible).
 */
final class Assignment {

    private Assignment() {
    }

    /** Experts per application; {@code load} is each expert's number of reviews already, and is updated. */
    static Map<String, List<Expert>> assign(List<Candidate> applications, List<Expert> experts, int perApplication,
            Map<String, Integer> load) {
        return assign(applications, experts, perApplication, load, Map.of());
    }

    /** As above, never giving an application to the experts excluded for it (those who declared a conflict). */
    static Map<String, List<Expert>> assign(List<Candidate> applications, List<Expert> experts, int perApplication,
            Map<String, Integer> load, Map<String, Set<String>> excluded) {
        Map<String, List<Expert>> result = new LinkedHashMap<>();
        for (Candidate application : applications) {
            List<Expert> chosen = pick(application, experts, perApplication,
                    excluded.getOrDefault(application.number(), Set.of()), load);
            if (chosen.size() < perApplication) {
                throw new InvalidInput("申报 " + application.number() + " 只有 " + chosen.size() + " 位无需回避的专家，少于每项 "
                        + perApplication + " 位：请调整专业组成员或每项评审专家人数。");
            }
            chosen.forEach(expert -> load.merge(expert.code(), 1, Integer::sum));
            result.put(application.number(), chosen);
        }
        return result;
    }

    /** One more expert for an application, other than those excluded (already assigned, or recused). */
    static List<Expert> replacement(Candidate application, List<Expert> experts, Set<String> excluded,
            Map<String, Integer> load) {
        return pick(application, experts, 1, excluded, load);
    }

    private static List<Expert> pick(Candidate application, List<Expert> experts, int count, Set<String> excluded,
            Map<String, Integer> load) {
        List<Expert> eligible = new ArrayList<>();
        for (Expert expert : experts) {
            if (!excluded.contains(expert.code()) && Conflicts.between(expert, application).isEmpty()) {
                eligible.add(expert);
            }
        }
        Map<String, Integer> current = new HashMap<>(load);
        eligible.sort(Comparator.<Expert>comparingInt(expert -> current.getOrDefault(expert.code(), 0))
                .thenComparing(Expert::code));
        return eligible.subList(0, Math.min(count, eligible.size()));
    }
}
