package org.caq.benchmark.application;

import static org.caq.benchmark.model.ApplicationProcess.ABSTRACT;
import static org.caq.benchmark.model.ApplicationProcess.BENCHMARK_NAME;
import static org.caq.benchmark.model.ApplicationProcess.COMMITS_TO_SHARE;
import static org.caq.benchmark.model.ApplicationProcess.CONTACT_NAME;
import static org.caq.benchmark.model.ApplicationProcess.CONTACT_PHONE;
import static org.caq.benchmark.model.ApplicationProcess.CREDIT_CODE;
import static org.caq.benchmark.model.ApplicationProcess.EFFECTS;
import static org.caq.benchmark.model.ApplicationProcess.ENTERPRISE_NAME;
import static org.caq.benchmark.model.ApplicationProcess.ENTERPRISE_PROFILE;
import static org.caq.benchmark.model.ApplicationProcess.ENTERPRISE_SHORT_NAME;
import static org.caq.benchmark.model.ApplicationProcess.INDEPENDENT_LEGAL_PERSON;
import static org.caq.benchmark.model.ApplicationProcess.INDUSTRY;
import static org.caq.benchmark.model.ApplicationProcess.METHOD_APPLICATION;
import static org.caq.benchmark.model.ApplicationProcess.METHOD_SINCE_YEAR;
import static org.caq.benchmark.model.ApplicationProcess.NO_BAD_RECORDS;
import static org.caq.benchmark.model.ApplicationProcess.RECOMMENDING_UNIT;
import static org.caq.benchmark.model.ApplicationProcess.REGION;
import static org.caq.benchmark.model.ApplicationProcess.SELECTION_CATEGORY;
import static org.caq.benchmark.model.ApplicationProcess.SME;
import static org.caq.benchmark.model.ApplicationProcess.ENTERPRISE_NATURE;
import static org.caq.benchmark.model.ApplicationProcess.ENTERPRISE_NATURES;
import static org.caq.benchmark.model.ApplicationProcess.FOUNDED_YEAR;
import static org.caq.benchmark.model.ApplicationProcess.INDUSTRY_CODE;
import static org.caq.benchmark.model.ApplicationProcess.LEGAL_REPRESENTATIVE;
import static org.caq.benchmark.model.ApplicationProcess.METHOD_MATURE;
import static org.caq.benchmark.model.ApplicationProcess.DIRECT_SUBMISSION_BASES;
import static org.caq.benchmark.model.ApplicationProcess.DIRECT_SUBMISSION_BASIS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.procedure.Violations;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

/**
 * Reads the application form on the server: every limit of seed 001 annex 3, the naming rule, the credit code, the
 * profile's facts (legal representative, nature, founding year, GB/T 4754 industry code) and the eligibility
 * declarations of Measures Art. 9. A violation names the field, the limit and the value;
 * the engine then keeps nothing of the submission.
 */
final class ApplicationForm {

    static final int MAX_ABSTRACT = 500;
    static final int MAX_PROFILE = 500;
    static final int MAX_METHOD_APPLICATION = 8000;
    static final int MAX_EFFECTS = 2000;
    static final List<String> PROFIT_KEYS = List.of(
            ApplicationProcess.PROFIT_YEAR_1, ApplicationProcess.PROFIT_YEAR_2, ApplicationProcess.PROFIT_YEAR_3);

    private static final String JIANGSU = "jiangsu";
    /** GB/T 2260 code of Shandong, the 3rd–4th characters of a credit code registered there. */
    private static final String SHANDONG_REGION = "37";

    private ApplicationForm() {
    }

    /**
     * The recommending unit chosen, read first: it decides the campaign the application goes to. 其他推荐单位 names a
     * unit of a province the administrator added as data (Measures Art. 7), which the forms cannot list, by its code.
     */
    static String recommendingUnit(Map<String, Object> variables) {
        FormValues form = new FormValues(variables);
        String unit = form.line(RECOMMENDING_UNIT, "推荐单位", 40);
        return ApplicationProcess.OTHER_UNIT.equals(unit) ? form.line(ApplicationProcess.OTHER_RECOMMENDING_UNIT, "其他推荐单位代码", 40) : unit;
    }

    /** The application, or a refusal naming every rule the form breaks. */
    static Application parse(Map<String, Object> variables, int campaignYear) {
        Violations violations = new Violations();
        Application application = parse(variables, campaignYear, violations);
        violations.throwIfAny();
        return application;
    }

    /** The application; null when the form breaks a rule, each broken rule added to the violations. */
    static Application parse(Map<String, Object> variables, int campaignYear, Violations violations) {
        FormValues form = new FormValues(variables);
        String enterprise = violations.read(() -> form.line(ENTERPRISE_NAME, "企业名称", 100));
        String shortName = violations.read(() -> form.optionalLine(ENTERPRISE_SHORT_NAME, "企业简称", 20));
        String name = violations.read(() -> form.line(BENCHMARK_NAME, "质量标杆名称", BenchmarkNameRule.MAX_LENGTH));
        if (name != null && enterprise != null) {
            violations.check(() -> BenchmarkNameRule.check(name, enterprise, shortName));
        }
        String creditCode = violations.read(() -> creditCode(form));
        requireDeclarations(form, violations);
        String abstractText = violations.read(() -> form.text(ABSTRACT, "摘要", MAX_ABSTRACT));
        String profile = violations.read(() -> form.text(ENTERPRISE_PROFILE, "企业概况", MAX_PROFILE));
        String method = violations.read(() -> form.text(METHOD_APPLICATION, "管理方法（技术）的推进和应用情况", MAX_METHOD_APPLICATION));
        String effects = violations.read(() -> form.text(EFFECTS, "管理方法（技术）的实施效果", MAX_EFFECTS));
        SelectionCategory category = violations.read(() -> SelectionCategory.ofNumber(
                form.integer(SELECTION_CATEGORY, "遴选范围类别", 1, SelectionCategory.values().length)));
        String industry = violations.read(() -> form.line(INDUSTRY, "所属行业", 50));
        String region = violations.read(() -> form.line(REGION, "所在地区", 50));
        String unit = violations.read(() -> recommendingUnit(variables));
        Integer since = violations.read(() -> form.integer(METHOD_SINCE_YEAR, "方法开始应用年份", 1949, campaignYear));
        String contact = violations.read(() -> form.line(CONTACT_NAME, "联系人", 20));
        String phone = violations.read(() -> phone(form));
        List<BigDecimal> profits = profits(form, campaignYear, violations);
        String legalRepresentative = violations.read(() -> form.line(LEGAL_REPRESENTATIVE, "法定代表人", 20));
        String nature = violations.read(() -> form.choice(ENTERPRISE_NATURE, "企业性质", ENTERPRISE_NATURES));
        Integer founded = violations.read(() -> form.integer(FOUNDED_YEAR, "创建年份", 1800, campaignYear));
        String industryCode = violations.read(() -> industryCode(form));
        if (!violations.isEmpty()) {
            return null;
        }
        return new Application(name, enterprise, shortName, creditCode, abstractText, profile, method, effects, category,
                form.bool(SME), industry, region, unit, since, contact, phone, profits,
                legalRepresentative, nature, founded, industryCode);
    }

    private static String creditCode(FormValues form) {
        String creditCode = form.line(CREDIT_CODE, "统一社会信用代码", 18).toUpperCase();
        if (!CreditCode.isValid(creditCode)) {
            throw new InvalidInput("统一社会信用代码无效（当前值：" + creditCode + "）：须为 18 位且校验位正确。");
        }
        return creditCode;
    }

    /** GB/T 4754-2017, as seed 001 annex 3 §1(1)3 asks for 行业代码. */
    private static String industryCode(FormValues form) {
        String code = form.line(INDUSTRY_CODE, "行业代码", 5).toUpperCase();
        if (!IndustryCode.isValid(code)) {
            throw new InvalidInput("行业代码须为《国民经济行业分类》（GB/T 4754-2017）的门类字母加大类两位数字，可续写中类、小类"
                    + "（如 C34 或 C3421），大类须属于该门类（当前值：" + code + "）。");
        }
        return code;
    }

    private static void requireDeclarations(FormValues form, Violations violations) {
        requireTicked(form, INDEPENDENT_LEGAL_PERSON, "具有独立法人资格", violations);
        requireTicked(form, NO_BAD_RECORDS, "在诚信、质量、安全、环保等方面无违法行为和不良记录", violations);
        requireTicked(form, METHOD_MATURE, "所运用的主要管理方法（技术）和经验已在本单位成熟应用，对质量和绩效提升有明显促进作用，在地区和行业内表现突出", violations);
        requireTicked(form, COMMITS_TO_SHARE, "在不涉及商业机密的情况下，积极参与相关的分享交流活动", violations);
    }

    /**
     * What a unit's selection adds to Art. 9's conditions. Jiangsu words its first condition apart (002 §四(二)1: QMS in
     * effect; 质量信誉、社会责任). Shandong lets 中央驻鲁及省属企业 submit directly to its department (004 §一(三)2): that
     * intake takes state-owned enterprises registered in Shandong that state which of the two they are, nobody else.
     * Shandong's selection covers five scope areas, not Art. 10's sixth (004 §一(二)).
     */
    static void requireUnitConditions(RecommendingUnit unit, Map<String, Object> variables, Violations violations) {
        FormValues form = new FormValues(variables);
        if (JIANGSU.equals(unit.directory()) && !form.bool(ApplicationProcess.JIANGSU_QUALITY_RECORD)) {
            violations.add("申报条件（江苏省“质量标杆”活动通知 四（二）1）：申报江苏省质量标杆须声明“企业质量管理体系有效运行，"
                    + "在质量信誉、社会责任等方面无不良记录”方可申报。");
        }
        Integer category = categoryNumber(form);
        if (category != null && !SelectionCategory.ofNumber(category).coveredIn(unit.directory())) {
            violations.add("山东省质量标杆的遴选范围为五类（山东省通知一（二））：" + shandongAreas()
                    + "；不含《全国质量标杆遴选管理办法》第十条第（六）类（当前值：" + category + "）。");
        }
        if (unit.kind() == RecommendingUnit.Kind.DIRECT) {
            violations.read(() -> form.choice(DIRECT_SUBMISSION_BASIS, "直接报送的依据", DIRECT_SUBMISSION_BASES));
            Object nature = variables.get(ENTERPRISE_NATURE);
            String code = variables.get(CREDIT_CODE) == null ? "" : variables.get(CREDIT_CODE).toString().strip();
            if (!"STATE".equals(nature) || code.length() != 18 || !CreditCode.provinceCode(code).equals(SHANDONG_REGION)) {
                violations.add("直接报送仅限中央驻鲁及省属企业（山东省通知一（三）2），即在山东省登记（统一社会信用代码第 3–4 位为 "
                        + SHANDONG_REGION + "）的国有及国有控股企业；其他企业请选择所在市工业和信息化局（当前：企业性质 " + nature
                        + "，统一社会信用代码 " + code + "）。");
            }
        }
    }

    /** The category's number where it is one; an invalid value is refused by {@link #parse} already. */
    private static Integer categoryNumber(FormValues form) {
        try {
            return form.integer(SELECTION_CATEGORY, "遴选范围类别", 1, SelectionCategory.values().length);
        } catch (InvalidInput e) {
            return null;
        }
    }

    private static String shandongAreas() {
        StringBuilder areas = new StringBuilder();
        for (SelectionCategory category : SelectionCategory.values()) {
            if (category.coveredIn(SelectionCategory.SHANDONG)) {
                areas.append(areas.isEmpty() ? "" : "；").append(category.number()).append(". ")
                        .append(category.displayNameIn(SelectionCategory.SHANDONG));
            }
        }
        return areas.toString();
    }

    private static void requireTicked(FormValues form, String key, String declaration, Violations violations) {
        if (!form.bool(key)) {
            violations.add("申报条件（《全国质量标杆遴选管理办法》第九条）：须声明“" + declaration + "”方可申报。");
        }
    }

    /** Profitable in each of the three years before the campaign year (Art. 9(1)); null when a year is not. */
    private static List<BigDecimal> profits(FormValues form, int campaignYear, Violations violations) {
        List<BigDecimal> profits = new ArrayList<>();
        for (int i = 0; i < PROFIT_KEYS.size(); i++) {
            int year = campaignYear - PROFIT_KEYS.size() + i;
            String key = PROFIT_KEYS.get(i);
            BigDecimal profit = violations.read(() -> form.amount(key, year + "年净利润（万元）"));
            if (profit != null && profit.signum() <= 0) {
                violations.add("申报条件（第九条）：须近三年连续保持盈利，" + year + "年净利润为 " + profit.toPlainString() + " 万元。");
            }
            profits.add(profit);
        }
        return profits.contains(null) ? null : profits;
    }

    private static String phone(FormValues form) {
        String phone = form.line(CONTACT_PHONE, "联系电话", 30);
        if (!phone.matches("^[0-9+\\-() ]{7,20}$")) {
            throw new InvalidInput("联系电话只能包含数字、空格和 + - ( )，7 至 20 位（当前值：" + phone + "）。");
        }
        return phone;
    }
}
