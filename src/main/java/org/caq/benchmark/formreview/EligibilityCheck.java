package org.caq.benchmark.formreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.application.Application;
import org.caq.benchmark.application.CreditCode;
import org.caq.benchmark.application.SelectionCategory;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.CampaignLevel;
import org.caq.benchmark.documents.DocumentKind;

/**
 * The automatic part of form review: the eligibility rules of Measures Art. 9 and the provincial variants
 * (registered in the province, seeds 002 and 004; method applied three years or more, Jiangsu's seed 002 only), checked against what
 * the application says and carries. It finds; the officer decides.
 */
final class EligibilityCheck {

    /** GB/T 2260 province codes of the provinces that run their own selection, by directory code. */
    static final Map<String, String> PROVINCE_CODES = Map.ofEntries(
            Map.entry("beijing", "11"), Map.entry("tianjin", "12"), Map.entry("hebei", "13"), Map.entry("shanxi", "14"),
            Map.entry("neimenggu", "15"), Map.entry("liaoning", "21"), Map.entry("jilin", "22"),
            Map.entry("heilongjiang", "23"), Map.entry("shanghai", "31"), Map.entry("jiangsu", "32"),
            Map.entry("zhejiang", "33"), Map.entry("anhui", "34"), Map.entry("fujian", "35"), Map.entry("jiangxi", "36"),
            Map.entry("shandong", "37"), Map.entry("henan", "41"), Map.entry("hubei", "42"), Map.entry("hunan", "43"),
            Map.entry("guangdong", "44"), Map.entry("guangxi", "45"), Map.entry("hainan", "46"),
            Map.entry("chongqing", "50"), Map.entry("sichuan", "51"), Map.entry("guizhou", "52"),
            Map.entry("yunnan", "53"), Map.entry("xizang", "54"), Map.entry("shaanxi", "61"), Map.entry("gansu", "62"),
            Map.entry("qinghai", "63"), Map.entry("ningxia", "64"), Map.entry("xinjiang", "65"));
    /**
     * Years the method must have been applied, where a province's notice asks it: Jiangsu "标杆方法成熟，在本企业应用3年以上"
     * (seed 002 §四(二)5). Shandong's notice (seed 004 §一(一)2) asks only that it be maturely applied, as nationally.
     */
    static final Map<String, Integer> MIN_YEARS_APPLIED = Map.of("jiangsu", 3);

    /** What the check looks at besides the application itself. */
    record Context(Campaign campaign, boolean unitInCampaignDirectory, List<DocumentKind> missingMaterials,
            boolean materialsIntact, List<String> otherApplicationsOfEnterprise) {
    }

    private EligibilityCheck() {
    }

    static List<Finding> findings(Application a, Context context) {
        Campaign campaign = context.campaign();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(true, "申报单位已声明：具有独立法人资格；无违法行为和不良记录；承诺参与分享交流（第九条）"));
        findings.add(Finding.of(a.profits().stream().allMatch(p -> p.signum() > 0),
                "近三年连续盈利：" + (campaign.year() - 3) + "–" + (campaign.year() - 1) + " 年净利润 "
                        + a.profits().stream().map(p -> p.toPlainString() + " 万元").toList()));
        findings.add(Finding.of(CreditCode.isValid(a.creditCode()), "统一社会信用代码 " + a.creditCode() + " 校验位正确"));
        findings.add(Finding.of(context.unitInCampaignDirectory(), "推荐单位属于本次遴选的推荐单位名录"));
        findings.add(Finding.of(context.missingMaterials().isEmpty(), context.missingMaterials().isEmpty()
                ? "申报材料齐全（典型经验材料、加盖公章的申报书）"
                : "缺少申报材料：" + context.missingMaterials().stream().map(DocumentKind::displayName).toList()));
        findings.add(Finding.of(context.materialsIntact(), "申报材料完整性校验（SHA-256）"));
        findings.add(Finding.of(context.otherApplicationsOfEnterprise().isEmpty(),
                context.otherApplicationsOfEnterprise().isEmpty() ? "本企业在本次遴选中无其他申报"
                        : "本企业在本次遴选中还有其他申报：" + context.otherApplicationsOfEnterprise()));
        if (a.category() == SelectionCategory.SME) {
            findings.add(Finding.of(a.sme(), "申报“中小企业”类别（第十条第四项）的企业已声明属于中小企业（工信部联企业〔2011〕300号）"));
        }
        if (campaign.level() == CampaignLevel.PROVINCIAL) {
            findings.addAll(provincial(a, campaign));
        }
        return findings;
    }

    private static List<Finding> provincial(Application a, Campaign campaign) {
        String expected = PROVINCE_CODES.get(campaign.province());
        List<Finding> findings = new ArrayList<>(List.of(Finding.of(expected != null && expected.equals(CreditCode.provinceCode(a.creditCode())),
                "在本省注册（统一社会信用代码行政区划码 " + CreditCode.provinceCode(a.creditCode()) + "，本省为 " + expected + "）")));
        Integer minYears = MIN_YEARS_APPLIED.get(campaign.province());
        if (minYears != null) {
            int years = campaign.year() - a.methodSinceYear();
            findings.add(Finding.of(years >= minYears,
                    "标杆方法在本企业应用 " + minYears + " 年以上（自 " + a.methodSinceYear() + " 年起，" + years + " 年）"));
        }
        return findings;
    }
}
