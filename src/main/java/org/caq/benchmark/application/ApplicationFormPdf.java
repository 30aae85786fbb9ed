package org.caq.benchmark.application;

import java.math.BigDecimal;
import java.util.List;
import org.caq.benchmark.campaign.Campaign;
import org.caq.benchmark.campaign.Campaigns;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.printing.Digest;
import org.caq.benchmark.printing.PdfSheet;
import org.caq.benchmark.recommendingunit.RecommendingUnits;
import org.springframework.stereotype.Component;

/**
 * The 申报书 as submitted, to print, seal and upload as 加盖公章的申报书: the basic data and declarations, then the
 * summary material in the layout of seed 001 annex 3 (title 黑体小二 centred, "摘要" 宋体四号 bold centred, text
 * 宋体小四). Every page carries the application number and the digest of its content; page 1 the 核验码 beside the seal.
 */
@Component
class ApplicationFormPdf {

    private final Campaigns campaigns;
    private final RecommendingUnits units;

    ApplicationFormPdf(Campaigns campaigns, RecommendingUnits units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    record Printed(byte[] pdf, String digest) {
    }

    Printed print(Applications.Case c) {
        Application a = c.application();
        Campaign campaign = campaigns.find(c.campaignNumber()).orElseThrow();
        String digest = ApplicationDigest.of(c);
        List<BigDecimal> profits = a.profits();
        int year = campaign.year();
        PdfSheet pdf = PdfSheet.a4(a.benchmarkName() + " 申报书", "申报编号 " + c.number() + "　内容 SHA-256 " + digest)
                .subtitle(campaign.year() + "年" + campaign.level().displayName() + "质量标杆遴选")
                .title("质量标杆申报书")
                .line("申报编号：" + c.number())
                .section("一、申报单位基本情况")
                .fields(List.of(
                        List.of("企业名称", a.enterpriseName()),
                        List.of("企业简称", a.enterpriseShortName() == null ? "" : a.enterpriseShortName()),
                        List.of("统一社会信用代码", a.creditCode()),
                        List.of("法定代表人", nz(a.legalRepresentative())),
                        List.of("企业性质", nature(a.enterpriseNature())),
                        List.of("创建年份", a.foundedYear() == null ? "" : a.foundedYear() + "年"),
                        List.of("所属行业", a.industry()),
                        List.of("行业代码（GB/T 4754-2017）", nz(a.industryCode())),
                        List.of("所在地区", a.region()),
                        List.of("是否中小企业", a.sme() ? "是（工信部联企业〔2011〕300号）" : "否"),
                        List.of("推荐单位", units.nameOf(a.recommendingUnit())),
                        List.of("遴选范围类别", a.category().number() + ". " + a.category().displayNameIn(campaign.directory())),
                        List.of("方法开始应用年份", a.methodSinceYear() + "年"),
                        List.of("近三年净利润（万元）", (year - 3) + "年 " + profits.get(0).toPlainString() + "；"
                                + (year - 2) + "年 " + profits.get(1).toPlainString() + "；"
                                + (year - 1) + "年 " + profits.get(2).toPlainString()),
                        List.of("联系人及电话", a.contactName() + "　" + a.contactPhone())))
                .section("二、申报条件声明（《全国质量标杆遴选管理办法》第九条）")
                .line("■ 具有独立法人资格，近三年连续保持盈利。")
                .line("■ 在诚信、质量、安全、环保等方面无违法行为和不良记录。")
                .line("■ 所运用的主要管理方法（技术）和经验已在本单位成熟应用，对质量和绩效提升有明显促进作用，在地区和行业内表现突出。")
                .line("■ 在不涉及商业机密的情况下，积极参与相关的分享交流活动。")
                .box(List.of("申报编号：" + c.number(), "核验码：" + Digest.code(digest),
                        "内容 SHA-256：", digest, "请打印本申报书并加盖公章，扫描后作为“加盖公章的申报书”上传。"))
                .seal(List.of("申报单位（盖章）：　　　　　　　　　　", "法定代表人（签字）：　　　　　　　　", "年　　月　　日"))
                .newPage()
                .title(a.benchmarkName())
                .heading("摘要")
                .paragraphs(a.abstractText())
                .heading("企业概况")
                .paragraphs(a.enterpriseProfile())
                .heading("管理方法（技术）的推进和应用情况")
                .paragraphs(a.methodApplication())
                .heading("管理方法（技术）的实施效果")
                .paragraphs(a.effects());
        return new Printed(pdf.finish(), digest);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** The nature's name as the form offers it; empty on applications filed before it was asked. */
    private static String nature(String code) {
        List<String> natures = ApplicationProcess.ENTERPRISE_NATURES;
        for (int i = 0; i < natures.size(); i += 2) {
            if (natures.get(i).equals(code)) {
                return natures.get(i + 1);
            }
        }
        return "";
    }
}
