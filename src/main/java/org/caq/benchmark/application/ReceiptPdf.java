package org.caq.benchmark.application;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.printing.PdfSheet;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/** The printable 申报回执: number, Beijing time, the content digest and every material's SHA-256. */
@Component
class ReceiptPdf {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss", Locale.CHINA)
            .withZone(BeijingTime.ZONE);

    private final RecommendingUnits units;

    ReceiptPdf(RecommendingUnits units) {
        this.units = units;
    }

    byte[] print(Receipts.Receipt receipt, Applications.Case c) {
        List<List<String>> materials = receipt.materials().stream().map(m -> List.of(
                DocumentKind.valueOf(m.kind()).displayName(), m.fileName(),
                String.format("%,d 字节", m.sizeBytes()), m.sha256())).toList();
        return PdfSheet.a4("申报回执 " + receipt.number(), "回执编号 " + receipt.number() + "　申报编号 " + c.number())
                .title("质量标杆申报回执")
                .fields(List.of(
                        List.of("回执编号", receipt.number()),
                        List.of("申报编号", c.number()),
                        List.of("质量标杆名称", c.application().benchmarkName()),
                        List.of("申报单位", c.application().enterpriseName()),
                        List.of("推荐单位", units.nameOf(c.recommendingUnit())),
                        List.of("事项", receipt.occasion().displayName()),
                        List.of("提交时间（北京时间）", TIME.format(receipt.submittedAt())),
                        List.of("提交人", receipt.submittedBy() == null ? "" : receipt.submittedBy()),
                        List.of("申报内容 SHA-256", receipt.contentSha256())))
                .table("表1　提交的申报材料", List.of("类别", "文件名", "大小", "SHA-256"), materials,
                        new float[] {1.2f, 1.8f, 1.1f, 3.4f})
                .note("本回执由质量标杆遴选管理系统在提交时自动生成。SHA-256 是文件内容的摘要：同一文件在任何计算机上算出的值相同，"
                        + "文件有任何改动则值不同（Windows：certutil -hashfile 文件名 SHA256；Linux：sha256sum 文件名）。")
                .finish();
    }
}
