package org.caq.benchmark.campaign;

import java.util.List;
import org.caq.benchmark.printing.PdfSheet;
import org.caq.benchmark.printing.Spreadsheet;

/**
 * What the public 通知公告 offers for a campaign: its 申报指南 (the campaign's dates and focus areas with the rules of
 * Measures Art. 9 and seed 001 annex 3) and blank templates of the 申报书 and the 推荐汇总表.
 */
final class PublicNotices {

    private PublicNotices() {
    }

    static String title(Campaign c) {
        return c.year() + "年" + c.level().displayName() + "质量标杆遴选通知";
    }

    static byte[] guide(Campaign c, String noticeUrl) {
        return PdfSheet.a4(c.year() + "年质量标杆申报指南", c.number() + "　申报指南")
                .subtitle(c.organiser())
                .title(c.year() + "年" + c.level().displayName() + "质量标杆申报指南")
                .section("一、时间安排")
                .fields(List.of(List.of("申报时间", c.applicationOpens() + " 至 " + c.applicationCloses()),
                        List.of("推荐截止", c.recommendationDeadline().toString()),
                        List.of("遴选通知", noticeUrl == null ? "" : noticeUrl),
                        List.of("重点领域", String.join("；", c.focusAreas()))))
                .section("二、申报条件（《全国质量标杆遴选管理办法》第九条）")
                .paragraphs("（一）具有独立法人资格，近三年连续保持盈利，在诚信、质量、安全、环保等方面无违法行为和不良记录。\n"
                        + "（二）所申报的管理方法（技术）已在企业成熟应用，质量和效益明显提升，在本地区、本行业具有突出优势和示范作用。\n"
                        + "（三）被遴选为质量标杆后积极参与分享交流活动。")
                .section("三、申报材料（2020年通知附件3）")
                .table("表1　总结材料的组成和字数", List.of("部分", "字数", "要求"), List.of(
                        List.of("质量标杆名称", "40字以内", "（企业）+（典型方法技术）+（经验），如“××公司实施六西格玛设计的经验”"),
                        List.of("摘要", "500字以内", "应用的管理方法（技术）、推进情况、主要成果、特色亮点及所获评价"),
                        List.of("企业概况", "500字以内", "法人、性质、沿革、行业及代码、业务、文化、资源、荣誉等"),
                        List.of("推进和应用情况", "8000字以内", "推进过程、做法、实施要点、特色亮点，以数据和图表展现"),
                        List.of("实施效果", "2000字以内", "定量与定性结合，近三年指标，与竞争对手和标杆对比"),
                        List.of("证实性材料", "选择性提供", "行业领先证明、获奖证书、专利证书等")),
                        new float[] {1.3f, 1f, 4f})
                .paragraphs("总结材料采用 A4 幅面纵向编辑。文章标题为黑体小二号居中，“摘要”二字宋体四号字居中加粗，摘要及正文均为宋体小四号字，"
                        + "单倍行距。附表标题放置附表上方居中，插图标题放置插图下方居中，图表按类别统一编号，附表及插图标题为宋体五号字加粗。")
                .section("四、申报和推荐流程")
                .paragraphs("1. 申报单位登录本系统任务列表，发起“质量标杆申报”并填写申报表；\n"
                        + "2. 下载系统生成的申报书，加盖公章后扫描，与典型经验材料一并上传（每项申报材料合计不超过 200 MB），提交后可下载申报回执；\n"
                        + "3. 推荐单位在推荐截止前择优推荐（在推荐名额内），下载推荐表加盖公章后上传；\n"
                        + "4. 全国质量标杆工作办公室进行形式审查，组织资料评审、答辩评审，结果公示 10 个工作日后公告。")
                .finish();
    }

    static byte[] applicationFormTemplate(Campaign c) {
        return PdfSheet.a4("质量标杆申报书（模板）", "模板：请在系统中在线填写，提交后下载系统生成的申报书盖章")
                .subtitle(c.year() + "年" + c.level().displayName() + "质量标杆遴选")
                .title("质量标杆申报书（模板）")
                .section("一、申报单位基本情况")
                .fields(List.of(List.of("企业名称", ""), List.of("统一社会信用代码", ""), List.of("法定代表人", ""),
                        List.of("企业性质", ""), List.of("创建年份", ""), List.of("所属行业", ""), List.of("行业代码（GB/T 4754-2017）", ""),
                        List.of("所在地区", ""), List.of("是否中小企业", "□是　□否"), List.of("推荐单位", ""),
                        List.of("遴选范围类别", ""), List.of("方法开始应用年份", ""), List.of("近三年净利润（万元）", ""),
                        List.of("联系人及电话", "")))
                .section("二、申报条件声明")
                .line("□ 具有独立法人资格，近三年连续保持盈利。")
                .line("□ 在诚信、质量、安全、环保等方面无违法行为和不良记录。")
                .line("□ 所运用的主要管理方法（技术）和经验已在本单位成熟应用，对质量和绩效提升有明显促进作用，在地区和行业内表现突出。")
                .line("□ 在不涉及商业机密的情况下，积极参与相关的分享交流活动。")
                .seal(List.of("申报单位（盖章）：　　　　　　　　　　", "年　　月　　日"))
                .newPage()
                .title("（质量标杆名称，40字以内）")
                .heading("摘要")
                .paragraphs("（500字以内）")
                .heading("企业概况")
                .paragraphs("（500字以内）")
                .heading("管理方法（技术）的推进和应用情况")
                .paragraphs("（8000字以内）")
                .heading("管理方法（技术）的实施效果")
                .paragraphs("（2000字以内）")
                .finish();
    }

    static byte[] summaryTemplate() {
        return Spreadsheet.create().sheet("推荐汇总表", List.of("序号", "申报编号", "质量标杆名称", "申报单位", "统一社会信用代码",
                "遴选范围类别", "当前状态", "推荐表核验码"), List.of()).bytes();
    }
}
