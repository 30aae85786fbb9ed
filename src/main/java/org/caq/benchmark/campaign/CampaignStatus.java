package org.caq.benchmark.campaign;

/** Where a campaign stands; its timers and the office move it on. */
public enum CampaignStatus {
    REGISTERED("已登记，待开放申报"),
    OPEN("申报中"),
    CLOSED("申报已截止，推荐进行中"),
    RECOMMENDATION_CLOSED("推荐已截止，形式审查中"),
    INTAKE_CONCLUDED("形式审查已完成");

    private final String displayName;

    CampaignStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
