package org.caq.benchmark.recommendation;

import java.util.List;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.application.RecommendationDigest;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Quotas;
import org.caq.benchmark.printing.Digest;
import org.caq.benchmark.printing.PdfSheet;
import org.caq.benchmark.printing.Spreadsheet;
import org.caq.benchmark.procedure.BeijingTime;

/**
 * The unit's 推荐表 for one application and its 推荐汇总表 of all it recommended in a campaign (seed 001 §1(2)2: the unit
 * seals the form and sends it to CAQ), as PDFs to seal and the summary also as a spreadsheet.
 */
final class RecommendationPrints {

    private RecommendationPrints() {
    }

    record Printed(byte[] pdf, String digest) {
    }

    static Printed form(Campaign campaign, Applications.Case c, String unitName, String comment) {
        String digest = RecommendationDigest.of(c);
        byte[] pdf = PdfSheet.a4(c.number() + " 推荐表", "申报编号 " + c.number() + "　推荐表 SHA-256 " + digest)
                .subtitle(campaign.year() + "年" + campaign.level().displayName() + "质量标杆遴选")
                .title("质量标杆推荐表")
                .fields(List.of(
                        List.of("推荐单位", unitName),
                        List.of("申报编号", c.number()),
                        List.of("质量标杆名称", c.application().benchmarkName()),
                        List.of("申报单位", c.application().enterpriseName()),
                        List.of("统一社会信用代码", c.application().creditCode()),
                        List.of("遴选范围类别", c.application().category().number() + ". "
                                + c.application().category().displayNameIn(campaign.directory())),
                        List.of("所属行业及地区", c.application().industry() + "　" + c.application().region()),
                        List.of("推荐意见", "经初步审核，该单位符合申报条件，同意推荐。" + (comment == null ? "" : comment))))
                .box(List.of("申报编号：" + c.number(), "核验码：" + Digest.code(digest), "推荐表 SHA-256：", digest,
                        "请打印本推荐表并加盖推荐单位公章，扫描后在系统中上传。"))
                .seal(List.of("推荐单位（盖章）：　　　　　　　　　　", "负责人（签字）：　　　　　　　　　　", "年　　月　　日"))
                .finish();
        return new Printed(pdf, digest);
    }

    static final List<String> SUMMARY_HEADERS = List.of("序号", "申报编号", "质量标杆名称", "申报单位", "统一社会信用代码",
            "遴选范围类别", "当前状态", "推荐表核验码");

    /** The category in the words of the campaign's own notice (Shandong's five, 004 §一(二)), as on the 推荐表. */
    static List<List<String>> summaryRows(String directory, List<Applications.Case> recommended) {
        return java.util.stream.IntStream.range(0, recommended.size()).mapToObj(i -> {
            Applications.Case c = recommended.get(i);
            return List.of(String.valueOf(i + 1), c.number(), c.application().benchmarkName(),
                    c.application().enterpriseName(), c.application().creditCode(),
                    c.application().category().number() + ". " + c.application().category().displayNameIn(directory),
                    c.status().displayName(), Digest.code(RecommendationDigest.of(c)));
        }).toList();
    }

    static byte[] summaryPdf(Campaign campaign, String unitName, List<Applications.Case> recommended, Quotas.Quota quota) {
        return PdfSheet.a4(campaign.number() + " 推荐汇总表 " + unitName, campaign.number() + "　" + unitName + "　推荐汇总表")
                .subtitle(campaign.year() + "年" + campaign.level().displayName() + "质量标杆遴选")
                .title("质量标杆推荐汇总表")
                .line("推荐单位：" + unitName)
                .line("推荐名额：" + quota.quota() + " 项　已推荐：" + recommended.size() + " 项　制表日期：" + BeijingTime.today())
                .table("表1　推荐的申报", SUMMARY_HEADERS, summaryRows(campaign.directory(), recommended),
                        new float[] {0.5f, 1.7f, 2.6f, 1.8f, 1.8f, 1.6f, 1.3f, 1.1f})
                .seal(List.of("推荐单位（盖章）：　　　　　　　　　　", "年　　月　　日"))
                .finish();
    }

    static byte[] summaryXlsx(Campaign campaign, List<Applications.Case> recommended) {
        return Spreadsheet.create().sheet("推荐汇总表", SUMMARY_HEADERS, summaryRows(campaign.directory(), recommended)).bytes();
    }
}
