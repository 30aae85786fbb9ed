package org.caq.benchmark.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.caq.benchmark.application.Applications;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.printing.PdfSheet;
import org.caq.benchmark.printing.Spreadsheet;

/**
 * The expert's 评分表 of one review, to sign and file, and the office's export of a stage's scores. The export names no
 * expert (Measures Art. 15: the committee keeps the review confidential, and a spreadsheet travels): each expert is
 * 专家1, 专家2 … within a group, the same number throughout the file, and comments are left out.
 */
final class ScorePrints {

    private ScorePrints() {
    }

    static byte[] sheet(Campaign campaign, Review review, Applications.Case c, Expert expert, Committee committee) {
        Rubric rubric = committee.rubric();
        boolean submitted = review.status() == Review.Status.SUBMITTED;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Rubric.CRITERIA.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), Rubric.CRITERIA.get(i), "0–" + rubric.maxScore(),
                    String.valueOf(rubric.weights().get(i)), submitted ? String.valueOf(review.scores().get(i)) : ""));
        }
        rows.add(List.of("", "加权总分（百分制）", "0–100", "", submitted ? rubric.total(review.scores()).toPlainString() : ""));
        String group = committee.group(review.groupCode()).map(g -> g.template().displayName()).orElse(review.groupCode());
        return PdfSheet.a4("评分表 " + c.number(), "评分表　" + campaign.number() + "　" + review.stage().displayName() + "　"
                        + c.number() + "　保密（《全国质量标杆遴选管理办法》第十五条）")
                .subtitle(campaign.year() + "年" + campaign.level().displayName() + "质量标杆遴选")
                .title("专家评分表（" + review.stage().displayName() + "）")
                .fields(List.of(
                        List.of("申报编号", c.number()),
                        List.of("质量标杆名称", c.application().benchmarkName()),
                        List.of("申报单位", c.application().enterpriseName()),
                        List.of("专业组", group),
                        List.of("评审专家", expert.name() + "（" + expert.code() + "）"),
                        List.of("状态", status(review))))
                .table("表1　评分（《全国质量标杆遴选管理办法》第八条）", List.of("序号", "评价标准", "分值范围", "权重", "得分"), rows,
                        new float[] {0.6f, 3f, 1.2f, 0.8f, 1f})
                .heading("评审意见")
                .paragraphs(submitted ? review.comment() : "")
                .seal(List.of("评审专家（签字）：　　　　　　　　　　", "年　　月　　日"))
                .note("评审委员会对申报材料的内容及评审情况严格保守秘密（第十五条）。本表仅供评审存档。")
                .finish();
    }

    private static String status(Review review) {
        return switch (review.status()) {
            case SUBMITTED -> "已提交" + (review.late() ? "（逾期）" : "");
            case ASSIGNED -> "待评审" + (review.late() ? "（已逾期）" : "");
            case RECUSED -> "已回避";
            case REASSIGNED -> "已改派";
        };
    }

    static byte[] export(List<Review> reviews, ReviewStage stage, Committee committee, Map<String, Applications.Case> cases) {
        List<Review> submitted = reviews.stream().filter(r -> r.stage() == stage && r.status() == Review.Status.SUBMITTED)
                .sorted(Comparator.comparing(Review::groupCode).thenComparing(Review::applicationNumber)
                        .thenComparing(Review::expertCode))
                .toList();
        Map<String, String> labels = anonymous(submitted);
        Rubric rubric = committee.rubric();
        List<List<Object>> detail = submitted.stream().map(r -> List.<Object>of(groupName(committee, r.groupCode()),
                r.applicationNumber(), name(cases, r.applicationNumber()), labels.get(r.groupCode() + "/" + r.expertCode()),
                r.scores().get(0), r.scores().get(1), r.scores().get(2), rubric.total(r.scores()), r.late() ? "是" : "否"))
                .toList();
        Map<String, List<Review>> byApplication = submitted.stream()
                .collect(Collectors.groupingBy(Review::applicationNumber, java.util.TreeMap::new, Collectors.toList()));
        List<List<Object>> summary = new ArrayList<>();
        byApplication.forEach((number, rs) -> {
            List<BigDecimal> totals = rs.stream().map(r -> rubric.total(r.scores())).toList();
            summary.add(List.of(groupName(committee, rs.get(0).groupCode()), number, name(cases, number), totals.size(),
                    totals.stream().max(Comparator.naturalOrder()).orElseThrow(),
                    totals.stream().min(Comparator.naturalOrder()).orElseThrow(), committee.policy().aggregate(totals),
                    committee.policy().displayName()));
        });
        return Spreadsheet.create()
                .sheet("评分汇总", List.of("专业组", "申报编号", "质量标杆名称", "有效评分数", "最高分", "最低分", "汇总得分", "汇总方法"), summary)
                .sheet("评分明细", List.of("专业组", "申报编号", "质量标杆名称", "专家（代号）", Rubric.CRITERIA.get(0),
                        Rubric.CRITERIA.get(1), Rubric.CRITERIA.get(2), "加权总分", "逾期"), detail)
                .bytes();
    }

    /** 专家1, 专家2 … per group, in the order of the experts' codes (which the file does not show). */
    private static Map<String, String> anonymous(List<Review> reviews) {
        Map<String, TreeSet<String>> experts = new HashMap<>();
        reviews.forEach(r -> experts.computeIfAbsent(r.groupCode(), g -> new TreeSet<>()).add(r.expertCode()));
        Map<String, String> labels = new HashMap<>();
        experts.forEach((group, codes) -> {
            int n = 1;
            for (String code : codes) {
                labels.put(group + "/" + code, "专家" + n++);
            }
        });
        return labels;
    }

    private static String groupName(Committee committee, String code) {
        return committee.group(code).map(g -> g.template().displayName()).orElse(code);
    }

    private static String name(Map<String, Applications.Case> cases, String number) {
        Applications.Case c = cases.get(number);
        return c == null ? "" : c.application().benchmarkName();
    }
}
