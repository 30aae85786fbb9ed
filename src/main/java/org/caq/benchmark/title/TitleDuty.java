package org.caq.benchmark.title;

import java.util.Arrays;
import java.util.Optional;

/**
 * The duties that follow a title, each with a due date, and the office's follow-up task that an overdue one raises:
 * the plaque (Art. 23), the promotional video (seed 001 annex 3 §1(4)) and attending CAQ's exchange activities
 * (Art. 23), the last two for national titles only.
 */
public enum TitleDuty {
    PLAQUE("Plaque", "登记授牌"),
    VIDEO("Video", "提交宣传视频"),
    EXCHANGE("Exchange", "参加中国质量协会举办的经验交流活动");

    /** The follow-up task is {@code UserTask_FollowUp<name>}, its record {@code ServiceTask_Record<name>FollowUp}. */
    private final String elementName;
    private final String displayName;

    TitleDuty(String elementName, String displayName) {
        this.elementName = elementName;
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    static Optional<TitleDuty> followedUpBy(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(duty -> ("UserTask_FollowUp" + duty.elementName).equals(taskDefinitionKey)).findFirst();
    }

    static Optional<TitleDuty> recordedBy(String activityId) {
        return Arrays.stream(values()).filter(duty -> ("ServiceTask_Record" + duty.elementName + "FollowUp").equals(activityId))
                .findFirst();
    }
}
