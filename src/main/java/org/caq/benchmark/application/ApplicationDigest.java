package org.caq.benchmark.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.caq.benchmark.printing.Digest;

/**
 * The SHA-256 of what an application says, printed on its 申报书: one line per field in a fixed order, so the same
 * content always gives the same digest and any change to any field gives another. The office compares it with the
 * digest on the sealed copy the applicant uploads.
 */
public final class ApplicationDigest {

    private ApplicationDigest() {
    }

    public static String of(Applications.Case c) {
        Application a = c.application();
        List<String> lines = List.of("申报编号=" + c.number(), "质量标杆名称=" + a.benchmarkName(),
                "企业名称=" + a.enterpriseName(), "企业简称=" + nz(a.enterpriseShortName()), "统一社会信用代码=" + a.creditCode(),
                "摘要=" + a.abstractText(), "企业概况=" + a.enterpriseProfile(), "推进和应用情况=" + a.methodApplication(),
                "实施效果=" + a.effects(), "遴选范围类别=" + a.category().number(), "中小企业=" + a.sme(),
                "所属行业=" + a.industry(), "所在地区=" + a.region(), "推荐单位=" + a.recommendingUnit(),
                "方法开始应用年份=" + a.methodSinceYear(), "联系人=" + a.contactName(), "联系电话=" + a.contactPhone(),
                "近三年净利润=" + a.profits().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",")),
                "法定代表人=" + nz(a.legalRepresentative()), "企业性质=" + nz(a.enterpriseNature()),
                "创建年份=" + (a.foundedYear() == null ? "" : a.foundedYear()), "行业代码=" + nz(a.industryCode()));
        return Digest.sha256(String.join("\n", lines));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
