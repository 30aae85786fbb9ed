package org.caq.benchmark.application;

/** The six kinds of experience the selection covers (Measures Art. 10). */
public enum SelectionCategory {
    QUALITY_MANAGEMENT("运用先进质量管理理念、方法、工具促进高质量发展的典型经验"),
    NEW_TECHNOLOGY("运用大数据、人工智能、区块链等新技术提升产品和服务质量的典型经验"),
    NEW_BUSINESS_MODEL("发展新业态、新模式促进质量提升的典型经验"),
    SME("中小企业专业化、特色化、精细化、新颖化的质量管理典型经验"),
    PRODUCER_SERVICES("生产性服务业提质增效的典型案例"),
    PUBLIC_INTEREST("在绿色节能、环保、健康、安全管控等社会公益性事业中取得重大成果的典型经验");

    private final String displayName;

    SelectionCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Categories are numbered 1–6 as in Art. 10. */
    public int number() {
        return ordinal() + 1;
    }

    static SelectionCategory ofNumber(int number) {
        return values()[number - 1];
    }
}
