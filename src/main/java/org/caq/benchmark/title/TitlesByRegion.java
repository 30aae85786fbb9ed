package org.caq.benchmark.title;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caq.benchmark.application.Applications;

/**
 * A year's titles counted by province and by selection category, for the public registry and announcement pages. The
 * province is the one of the holder's registration: digits 3–4 of its unified social credit code are the province of
 * its administrative division code (GB/T 2260).
 */
final class TitlesByRegion {

    private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("11", "北京市"), Map.entry("12", "天津市"),
            Map.entry("13", "河北省"), Map.entry("14", "山西省"), Map.entry("15", "内蒙古自治区"), Map.entry("21", "辽宁省"),
            Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"), Map.entry("31", "上海市"), Map.entry("32", "江苏省"),
            Map.entry("33", "浙江省"), Map.entry("34", "安徽省"), Map.entry("35", "福建省"), Map.entry("36", "江西省"),
            Map.entry("37", "山东省"), Map.entry("41", "河南省"), Map.entry("42", "湖北省"), Map.entry("43", "湖南省"),
            Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"), Map.entry("46", "海南省"), Map.entry("50", "重庆市"),
            Map.entry("51", "四川省"), Map.entry("52", "贵州省"), Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"),
            Map.entry("61", "陕西省"), Map.entry("62", "甘肃省"), Map.entry("63", "青海省"), Map.entry("64", "宁夏回族自治区"),
            Map.entry("65", "新疆维吾尔自治区"));

    private TitlesByRegion() {
    }

    record Count(String name, long titles) {
    }

    record Summary(int year, List<Count> byProvince, List<Count> byCategory) {
    }

    static Summary of(int year, List<BenchmarkTitle> titles, Applications applications) {
        List<BenchmarkTitle> ofYear = titles.stream().filter(t -> t.year() == year).toList();
        Map<String, Long> provinces = ofYear.stream().collect(Collectors.groupingBy(t -> province(t, applications),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> categories = ofYear.stream().collect(Collectors.groupingBy(BenchmarkTitle::category,
                TreeMap::new, Collectors.counting()));
        return new Summary(year, counts(provinces), counts(categories));
    }

    private static String province(BenchmarkTitle title, Applications applications) {
        String code = applications.find(title.applicationNumber()).map(c -> c.application().creditCode()).orElse("");
        return code.length() < 4 ? "未知" : PROVINCES.getOrDefault(code.substring(2, 4), "其他");
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
