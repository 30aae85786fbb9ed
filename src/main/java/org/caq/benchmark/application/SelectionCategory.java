package org.caq.benchmark.application;

/**
 * The six kinds of experience the selection covers (Measures Art. 10). Shandong's selection covers five areas of its
 * own (seed 004 §一(二)): the first five in the same order, worded for the province, and not the sixth.
 */
public enum SelectionCategory {
    QUALITY_MANAGEMENT("运用先进质量管理理念、方法、工具促进高质量发展的典型经验",
            "运用先进质量管理理念、方法、工具，促进质量变革、效率变革和动力变革，促进企业高质量发展的典型经验"),
    NEW_TECHNOLOGY("运用大数据、人工智能、区块链等新技术提升产品和服务质量的典型经验",
            "运用5G、大数据、人工智能、区块链、物联网等新一代信息技术提升质量管理效能的典型经验"),
    NEW_BUSINESS_MODEL("发展新业态、新模式促进质量提升的典型经验", "发展新业态、新模式，促进产品或服务质量明显提升的典型经验"),
    SME("中小企业专业化、特色化、精细化、新颖化的质量管理典型经验",
            "中小企业专业化、特色化、精细化、新颖化，在质量管理创新和质量提升方面成效显著的典型经验"),
    PRODUCER_SERVICES("生产性服务业提质增效的典型案例",
            "研发设计、检测认证、交通运输、网络信息、节能与环保服务等制造服务业企业提质增效的典型经验"),
    PUBLIC_INTEREST("在绿色节能、环保、健康、安全管控等社会公益性事业中取得重大成果的典型经验", null);

    /** The directory whose selection has scope areas of its own. */
    static final String SHANDONG = "shandong";

    private final String displayName;
    private final String shandongName;

    SelectionCategory(String displayName, String shandongName) {
        this.displayName = displayName;
        this.shandongName = shandongName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the selection of this directory covers the category: all six, except Shandong's five. */
    public boolean coveredIn(String directory) {
        return !SHANDONG.equals(directory) || shandongName != null;
    }

    /** The category as the selection of this directory words it. */
    public String displayNameIn(String directory) {
        return SHANDONG.equals(directory) && shandongName != null ? shandongName : displayName;
    }

    /** Categories are numbered 1–6 as in Art. 10. */
    public int number() {
        return ordinal() + 1;
    }

    static SelectionCategory ofNumber(int number) {
        return values()[number - 1];
    }
}
