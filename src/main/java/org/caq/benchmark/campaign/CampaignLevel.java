package org.caq.benchmark.campaign;

import java.util.Arrays;
import org.caq.benchmark.InvalidInput;

/** A campaign runs nationally (CAQ for MIIT) or in one province with its own recommending units. */
public enum CampaignLevel {
    NATIONAL("national", "全国"),
    PROVINCIAL("provincial", "省级");

    private final String value;
    private final String displayName;

    CampaignLevel(String value, String displayName) {
        this.value = value;
        this.displayName = displayName;
    }

    public String value() {
        return value;
    }

    public String displayName() {
        return displayName;
    }

    public static CampaignLevel of(Object value) {
        return Arrays.stream(values()).filter(level -> level.value.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("遴选级别无效（当前值：" + value + "）：只能是 national（全国）或 provincial（省级）。"));
    }
}
