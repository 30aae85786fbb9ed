package org.caq.benchmark.campaign;

/** Where a campaign stands; its timers and the office move it on. */
public enum CampaignStatus {
    REGISTERED("已登记，待开放申报"),
    OPEN("申报中"),
    CLOSED("申报已截止，推荐进行中"),
    RECOMMENDATION_CLOSED("推荐已截止，形式审查中"),
    INTAKE_CONCLUDED("形式审查已完成"),
    COMMITTEE_FORMED("评审委员会已组建"),
    MATERIAL_REVIEW("资料评审中"),
    DEFENSE_REVIEW("答辩评审中"),
    MINISTRY_CONSULTATION("初评名单征求工信部意见中"),
    PRELIMINARY_LIST_READY("初评名单待公示"),
    PUBLICITY("公示中"),
    PUBLICITY_ENDED("公示期满，异议办理中"),
    FINAL_LIST("公示结束，拟定遴选结果"),
    AWAITING_APPROVAL("遴选结果待批准"),
    ANNOUNCED("结果已公告"),
    NO_REVIEW("无申报进入评审");

    private final String displayName;

    CampaignStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
