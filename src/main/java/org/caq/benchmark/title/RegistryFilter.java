package org.caq.benchmark.title;

import java.util.ArrayList;
import java.util.List;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.campaign.CampaignLevel;

/**
 * What a visitor narrows the public registry to: a year, a level, words of the benchmark's or the enterprise's name.
 * Each may be absent. The SQL is over {@code benchmark_title t}, {@code application a} and {@code campaign c}.
 */
record RegistryFilter(Integer year, CampaignLevel level, String words) {

    static final int MAX_WORDS = 100;

    /** Reads the visitor's parameters; blank ones are absent. */
    static RegistryFilter of(Integer year, String level, String words) {
        String query = words == null ? "" : words.strip();
        if (query.length() > MAX_WORDS) {
            throw new InvalidInput("名称或企业关键词过长（" + query.length() + " 个字）：最多 " + MAX_WORDS + " 个字。");
        }
        return new RegistryFilter(year, level == null || level.isBlank() ? null : CampaignLevel.of(level.strip()),
                query.isEmpty() ? null : query);
    }

    /** The tables the filter reads: a count joins the application and the campaign only when a condition needs them. */
    String from() {
        return "benchmark_title t" + (level == null ? "" : " join campaign c on c.number = t.campaign_number")
                + (words == null ? "" : " join application a on a.number = t.application_number");
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        if (year != null) {
            conditions.add("t.campaign_year = ?");
        }
        if (level != null) {
            conditions.add("c.level = ?");
        }
        if (words != null) {
            conditions.add("(lower(a.benchmark_name) like ? escape '\\' or lower(a.enterprise_name) like ? escape '\\')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Object[] parameters(Object... after) {
        List<Object> parameters = new ArrayList<>();
        if (year != null) {
            parameters.add(year);
        }
        if (level != null) {
            parameters.add(level.value());
        }
        if (words != null) {
            String pattern = "%" + words.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        parameters.addAll(List.of(after));
        return parameters.toArray();
    }
}
