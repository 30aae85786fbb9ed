package org.caq.benchmark.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

/**
 * The quota of every unit of a campaign's directory (seed 001 §1(2)3): its default (3 nationally), 5 for a unit
 * that ran its own regional or industry benchmark activity this year, and what the office sets for a unit explicitly
 * ({@code code=quota}, one per line) within that unit's ceiling: "各推荐单位可择优推荐3项。对于开展过本地区、本行业
 * 质量标杆活动的推荐单位，可择优推荐不超过5项" gives no unit more than its default unless it ran its own activity.
 * A year whose own notice set the number (2012: "可推荐1-2个", {@link NationalYears}) gives every unit that number as
 * both default and ceiling, with no raise for an activity of its own.
 */
final class QuotaSettings {

    static final int RAN_OWN_ACTIVITY = 5;
    static final int MAX = 5;

    private QuotaSettings() {
    }

    static Map<String, Integer> quotas(List<RecommendingUnit> units, List<String> ranOwnActivity,
            List<String> adjustments, Optional<NationalYears.YearRule> year) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        units.forEach(unit -> quotas.put(unit.code(), year.map(NationalYears.YearRule::unitQuota).orElse(unit.defaultQuota())));
        if (year.isPresent() && !ranOwnActivity.isEmpty()) {
            throw new InvalidInput(year.get().year() + "年每个推荐单位可推荐 1—" + year.get().unitQuota() + " 个（" + year.get().source()
                    + "），不因开展过本地区、本行业质量标杆活动增加名额：请不要勾选“开展过质量标杆活动的推荐单位”。");
        }
        Map<String, Integer> ceilings = new LinkedHashMap<>(quotas);
        Map<String, String> names = new LinkedHashMap<>();
        units.forEach(unit -> names.put(unit.code(), unit.name()));
        for (String code : ranOwnActivity) {
            requireUnit(quotas, code, "开展过本地区、本行业质量标杆活动的单位");
            quotas.put(code, RAN_OWN_ACTIVITY);
            ceilings.put(code, RAN_OWN_ACTIVITY);
        }
        for (String line : adjustments) {
            String[] parts = line.split("\\s*[=＝:：\\s]\\s*");
            if (parts.length != 2 || !parts[1].matches("\\d{1,2}")) {
                throw new InvalidInput("名额调整格式应为“单位代码=名额”，每行一项（当前行：" + line + "）。");
            }
            requireUnit(quotas, parts[0], "名额调整");
            int quota = Integer.parseInt(parts[1]);
            if (quota > MAX) {
                throw new InvalidInput("推荐名额最多 " + MAX + " 项（" + parts[0] + " 当前值：" + quota + "）。");
            }
            if (year.isPresent() && quota > year.get().unitQuota()) {
                throw new InvalidInput(year.get().year() + "年每个推荐单位可推荐 1—" + year.get().unitQuota() + " 个（"
                        + year.get().source() + "）：" + names.get(parts[0]) + "（" + parts[0] + "）当前值：" + quota + "。");
            }
            if (quota > ceilings.get(parts[0])) {
                throw new InvalidInput(names.get(parts[0]) + "（" + parts[0] + "）的推荐名额最多 " + ceilings.get(parts[0])
                        + " 项（当前值：" + quota + "）：只有开展过本地区、本行业质量标杆活动的推荐单位可推荐不超过 "
                        + RAN_OWN_ACTIVITY + " 项，请先在“开展过质量标杆活动的推荐单位”中勾选该单位。");
            }
            quotas.put(parts[0], quota);
        }
        return quotas;
    }

    private static void requireUnit(Map<String, Integer> quotas, String code, String label) {
        if (!quotas.containsKey(code)) {
            throw new InvalidInput(label + "中的单位代码 " + code + " 不在本次遴选的推荐单位名录中。");
        }
    }
}
