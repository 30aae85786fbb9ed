package org.caq.benchmark.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.review.GroupTemplate;

/**
 * The simulated people: enterprises spread over the 49 recommending units of seed 001, each with a valid unified
 * social credit code of its unit's province and a hidden merit the experts' scores follow; and an expert pool of
 * M experts in the three fields, the groups' leaders from Hong Kong and Macao universities so that no leader
 * conflicts with an application (Art. 15 recusal is by region).
 */
final class SimulationData {

    /**
     * Region (GB/T 2260: the province, or the city of a separately-planned city, as directory/unit-regions.csv) of
     * each unit; associations are given a province at random per enterprise.
     */
    static final Map<String, String> PROVINCE_OF_UNIT = Map.ofEntries(
            Map.entry("beijing", "11"), Map.entry("tianjin", "12"), Map.entry("hebei", "13"), Map.entry("shanxi", "14"),
            Map.entry("neimenggu", "15"), Map.entry("liaoning", "21"), Map.entry("jilin", "22"), Map.entry("heilongjiang", "23"),
            Map.entry("shanghai", "31"), Map.entry("jiangsu", "32"), Map.entry("zhejiang", "33"), Map.entry("anhui", "34"),
            Map.entry("fujian", "35"), Map.entry("jiangxi", "36"), Map.entry("shandong", "37"), Map.entry("henan", "41"),
            Map.entry("hubei", "42"), Map.entry("hunan", "43"), Map.entry("guangdong", "44"), Map.entry("guangxi", "45"),
            Map.entry("hainan", "46"), Map.entry("chongqing", "50"), Map.entry("sichuan", "51"), Map.entry("guizhou", "52"),
            Map.entry("yunnan", "53"), Map.entry("xizang", "54"), Map.entry("shaanxi", "61"), Map.entry("gansu", "62"),
            Map.entry("qinghai", "63"), Map.entry("ningxia", "64"), Map.entry("xinjiang", "65"), Map.entry("dalian", "2102"),
            Map.entry("ningbo", "3302"), Map.entry("xiamen", "3502"), Map.entry("qingdao", "3702"), Map.entry("shenzhen", "4403"),
            Map.entry("xpcc", "65"));

    static final List<String> UNITS = List.of("beijing", "tianjin", "hebei", "shanxi", "neimenggu", "liaoning", "jilin",
            "heilongjiang", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei",
            "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou", "yunnan", "xizang", "shaanxi",
            "gansu", "qinghai", "ningxia", "xinjiang", "dalian", "ningbo", "xiamen", "qingdao", "shenzhen", "xpcc", "cmif",
            "cmqa", "cisa", "cnia", "cpcif", "cnlic", "cntac", "cbmf", "ceic", "ceqa", "casme", "caq");

    private static final List<String> FIELDS = List.of("管理方法", "数字化", "服务与社会责任");
    private static final List<String> PROVINCES = List.of("11", "31", "32", "33", "37", "42", "44", "51", "61", "21");

    /** A simulated enterprise: login, unit, names, Art. 10 category (1–6), credit code and merit (0–1). */
    record Enterprise(String user, String unit, String name, int category, String creditCode, double merit) {
    }

    /** A simulated enterprise's application form, as it submits it: every field the start form asks, all valid. */
    static Map<String, Object> applicationForm(String unit, String name, String creditCode, int category) {
        Map<String, Object> form = new HashMap<>();
        form.put(ApplicationProcess.RECOMMENDING_UNIT, unit);
        form.put(ApplicationProcess.ENTERPRISE_NAME, name);
        form.put(ApplicationProcess.CREDIT_CODE, creditCode);
        form.put(ApplicationProcess.BENCHMARK_NAME, name + "实施卓越绩效管理模式的经验");
        form.put(ApplicationProcess.SELECTION_CATEGORY, String.valueOf(category));
        form.put(ApplicationProcess.SME, category == 4);
        form.put(ApplicationProcess.INDUSTRY, "C34 通用设备制造业");
        form.put(ApplicationProcess.REGION, "模拟地区");
        form.put(ApplicationProcess.METHOD_SINCE_YEAR, 2015);
        form.put(ApplicationProcess.ABSTRACT, "以卓越绩效模式系统提升质量管理水平。");
        form.put(ApplicationProcess.ENTERPRISE_PROFILE, name + "，独立法人，主营通用设备。");
        form.put(ApplicationProcess.METHOD_APPLICATION, "一、推进目标与组织保障。二、过程管理。三、持续改进。".repeat(40));
        form.put(ApplicationProcess.EFFECTS, "近三年一次交检合格率 97.5%、98.6%、99.3%。");
        form.put(ApplicationProcess.PROFIT_YEAR_1, 800);
        form.put(ApplicationProcess.PROFIT_YEAR_2, 950);
        form.put(ApplicationProcess.PROFIT_YEAR_3, 1100);
        form.put(ApplicationProcess.INDEPENDENT_LEGAL_PERSON, true);
        form.put(ApplicationProcess.LEGAL_REPRESENTATIVE, "王建国");
        form.put(ApplicationProcess.ENTERPRISE_NATURE, "PRIVATE");
        form.put(ApplicationProcess.FOUNDED_YEAR, 1998);
        form.put(ApplicationProcess.INDUSTRY_CODE, "C34");
        form.put(ApplicationProcess.METHOD_MATURE, true);
        form.put(ApplicationProcess.NO_BAD_RECORDS, true);
        form.put(ApplicationProcess.JIANGSU_QUALITY_RECORD, true);
        form.put(ApplicationProcess.COMMITS_TO_SHARE, true);
        form.put(ApplicationProcess.CONTACT_NAME, "联系人");
        form.put(ApplicationProcess.CONTACT_PHONE, "010-80000000");
        return form;
    }

    private SimulationData() {
    }

    static List<Enterprise> enterprises(int campaignIndex, int count, Random random) {
        List<Enterprise> enterprises = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // larger units attract more applicants: the first 31 (provinces) twice as often as the others
            String unit = random.nextInt(3) < 2 ? UNITS.get(random.nextInt(31)) : UNITS.get(31 + random.nextInt(UNITS.size() - 31));
            String province = PROVINCE_OF_UNIT.getOrDefault(unit, PROVINCES.get(random.nextInt(PROVINCES.size())));
            int serial = campaignIndex * 100_000 + i;
            enterprises.add(new Enterprise(String.format("sim-e%06d", serial), unit, "模拟" + serial + "号制造有限公司",
                    1 + random.nextInt(6), creditCode(province, serial), random.nextDouble()));
        }
        return enterprises;
    }

    /** Generated recommending units of each simulated province (its cities' bureaus), each with a quota of three. */
    static final int UNITS_PER_PROVINCE = 8;

    /** The provinces of a year of C campaigns: the national one and the first C − 1 of the 31 provinces. */
    static List<String> provinces(int campaigns) {
        return UNITS.subList(0, Math.max(0, Math.min(31, campaigns - 1)));
    }

    /**
     * The enterprises of one campaign: the national one's spread over the 49 units as {@link #enterprises(int, int,
     * Random)}, a province's over its generated units, registered in the province. Serials (logins, credit codes)
     * are 5,000,000 + index × 10,000 + i: apart from the national years' (index × 100,000 + i, index ≤ 99).
     */
    static List<Enterprise> enterprises(String directory, int index, int count, Random random) {
        if ("national".equals(directory)) {
            List<Enterprise> national = new ArrayList<>();
            for (Enterprise e : enterprises(0, count, random)) {
                int serial = 5_000_000 + index * 10_000 + national.size();
                String region = PROVINCE_OF_UNIT.getOrDefault(e.unit(), PROVINCES.get(random.nextInt(PROVINCES.size())));
                national.add(new Enterprise(String.format("sim-e%07d", serial), e.unit(), "模拟" + serial + "号制造有限公司",
                        e.category(), creditCode(region, serial), e.merit()));
            }
            return national;
        }
        List<Enterprise> enterprises = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int serial = 5_000_000 + index * 10_000 + i;
            String unit = directory + "-sim" + (1 + random.nextInt(UNITS_PER_PROVINCE));
            // categories 1-5: Shandong's notice has no sixth (seed 004 §一(二))
            enterprises.add(new Enterprise(String.format("sim-e%07d", serial), unit, "模拟" + serial + "号制造有限公司",
                    1 + random.nextInt(5), creditCode(PROVINCE_OF_UNIT.get(directory), serial), random.nextDouble()));
        }
        return enterprises;
    }

    /**
     * An installation's folder of directories ({@code benchmark.directory.folder}, decision 0063) with each simulated
     * province's generated directory ({@code provinces/<p>.csv}, added to a shipped one) and, for a province without
     * shipped rules, its row of {@code level-rules.csv}, as an administrator adds a province: read at start-up by the
     * same loaders, checks and identity set-up as the shipped files. Null when the year has no provincial campaign.
     */
    static Path provinceDirectories(int campaigns, Path work) {
        List<String> provinces = provinces(campaigns);
        if (provinces.isEmpty()) {
            return null;
        }
        try {
            Path root = Files.createDirectories(work.resolve("directory"));
            Path provincesDir = Files.createDirectories(root.resolve("provinces"));
            List<String> rules = new ArrayList<>(List.of("directory,title_name,office_name,approver_group,approver_name,publicity,"
                    + "revoker_group,revoker_name,revocation_basis,national_preference,nominations_per_unit"));
            for (String province : provinces) {
                List<String> units = new ArrayList<>(List.of("code,name,kind,default_quota"));
                for (int u = 1; u <= UNITS_PER_PROVINCE; u++) {
                    units.add(province + "-sim" + u + "," + province + "模拟第" + u + "市工业和信息化局,CITY,3");
                }
                Files.write(provincesDir.resolve(province + ".csv"), units, StandardCharsets.UTF_8);
                if (!List.of("jiangsu", "shandong").contains(province)) {
                    String office = "模拟" + province + "省工业和信息化厅";
                    rules.add(String.join(",", province, "模拟" + province + "省质量标杆", office, "office-" + province, office,
                            "REQUIRED", "office-" + province, office, "根据模拟" + province + "省质量标杆遴选通知的基本条件", "", ""));
                }
            }
            Files.write(root.resolve("level-rules.csv"), rules, StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid code (GB 32100-2015): 91 + the region's first city (xx01, or the city) + 00 + a serial + check character. */
    static String creditCode(String region, int serial) {
        String body = "91" + (region.length() == 2 ? region + "01" : region) + "00" + String.format("MA%07d", serial);
        return body + CreditCode.checkCharacter(body);
    }

    /**
     * The pool file (format of benchmark.experts.file): a chair and a vice-chair, then per field a leader (region
     * 81/82) and members from ten provinces, M experts in all.
     */
    static Path expertPool(int experts, Path directory) {
        List<String> lines = new ArrayList<>(List.of("code,user_id,name,field,industries,region,affiliation,association,can_chair",
                "C01,sim-chair,模拟主任委员,综合,机械,81,香港理工大学,,true",
                "C02,sim-vicechair,模拟副主任委员,综合,电子,82,澳门大学,,true"));
        int perField = perField(experts);
        int serial = 1;
        for (String field : FIELDS) {
            for (int i = 0; i < perField; i++, serial++) {
                String region = i == 0 ? "81" : PROVINCES.get(i % PROVINCES.size());
                lines.add(String.format("E%03d,sim-expert%03d,模拟专家%03d,%s,机械,%s,模拟大学%d,,false",
                        serial, serial, serial, field, region, serial));
            }
        }
        try {
            Path file = directory.resolve("experts.csv");
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committee as the office picks it in the form: every expert of the field in its group, the first leading. */
    static Map<String, Object> committeePicks(int experts) {
        int perField = perField(experts);
        Map<String, Object> picks = new HashMap<>(Map.of(ReviewProcess.COMMITTEE_CHAIR, "C01", ReviewProcess.COMMITTEE_VICE_CHAIR, "C02"));
        GroupTemplate[] groups = GroupTemplate.values();
        for (int g = 0; g < groups.length; g++) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < perField; i++) {
                members.add(String.format("E%03d", g * perField + i + 1));
            }
            picks.put(groups[g].membersKey(), Spin.JSON(members));
            picks.put(groups[g].leaderKey(), members.get(0));
        }
        return picks;
    }

    /** The groups' leaders (who may not recuse: the office would first name another leader). */
    static List<String> leaderUsers(int experts) {
        int perField = perField(experts);
        return List.of(0, 1, 2).stream().map(g -> String.format("sim-expert%03d", g * perField + 1)).toList();
    }

    /**
     * Logins for the simulated people (a cluster's second node authenticates them on its REST API): the experts,
     * one staff member per recommending unit, the enterprises of one national year.
     */
    static void createLogins(IdentityService identity, int experts, int applications, String password) {
        int perField = perField(experts);
        login(identity, "sim-chair", password, "committee", "committee-chair");
        login(identity, "sim-vicechair", password, "committee");
        for (int i = 1; i <= perField * FIELDS.size(); i++) {
            login(identity, String.format("sim-expert%03d", i), password, "committee");
        }
        UNITS.forEach(unit -> login(identity, "sim-unit-" + unit, password, "unit-" + unit));
        for (int i = 0; i < applications; i++) {
            login(identity, String.format("sim-e%06d", i), password, "applicant");
        }
    }

    /** Logins of the simulated provinces' offices, approvers and units (a cluster's second node authenticates them). */
    static void createProvinceLogins(IdentityService identity, int campaigns, String password) {
        for (String province : provinces(campaigns)) {
            login(identity, "sim-office-" + province, password, "office-" + province);
            for (int u = 1; u <= UNITS_PER_PROVINCE; u++) {
                login(identity, "sim-unit-" + province + "-sim" + u, password, "unit-" + province + "-sim" + u);
            }
        }
        if (provinces(campaigns).contains("jiangsu")) {
            login(identity, "sim-approver-jiangsu", password, "approver-jiangsu");
        }
    }

    /** Logins of enterprises that have none yet. */
    static void createEnterpriseLogins(IdentityService identity, List<Enterprise> enterprises, String password) {
        for (Enterprise e : enterprises) {
            if (identity.createUserQuery().userId(e.user()).count() == 0) {
                login(identity, e.user(), password, "applicant");
            }
        }
    }

    private static void login(IdentityService identity, String id, String password, String... groups) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("模拟");
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    /** The pool's size for the requested number: chair and vice-chair, and at least 8 per field. */
    static int experts(int requested) {
        return 2 + FIELDS.size() * perField(requested);
    }

    private static int perField(int experts) {
        return Math.max(8, (experts - 2) / FIELDS.size());
    }
}
