package org.caq.benchmark.publicity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a list or an announcement was published, in the Measures' own words: Art. 21 names three places for the
 * publicity and Art. 22 four for the announcement, each "等", so further channels are named in a note. A provincial
 * selection publishes "网上" on its department's site (004 §1(3)3).
 */
public enum PublicationChannel {
    CAQ_WEBSITE("caq-website", "中国质量协会网站"),
    MIIT_STI_WEBSITE("miit-sti-website", "工信部科技司网站"),
    MIIT_WEBSITE("miit-website", "工信部网站"),
    BENCHMARK_WECHAT("benchmark-wechat", "全国质量标杆微信公众号"),
    MEDIA("media", "相关媒体"),
    PROVINCIAL_WEBSITE("provincial-website", "省工业和信息化主管部门网站"),
    OTHER("other", "其他渠道");

    /** Art. 21's channels, then the ones a province or the "等" adds. */
    public static final List<PublicationChannel> PUBLICITY = List.of(CAQ_WEBSITE, MIIT_STI_WEBSITE, BENCHMARK_WECHAT,
            PROVINCIAL_WEBSITE, OTHER);
    public static final List<PublicationChannel> PUBLICITY_NATIONAL = List.of(CAQ_WEBSITE, MIIT_STI_WEBSITE, BENCHMARK_WECHAT);
    /** Art. 22's channels, then the ones a province or the "等" adds. */
    public static final List<PublicationChannel> ANNOUNCEMENT = List.of(CAQ_WEBSITE, MIIT_WEBSITE, BENCHMARK_WECHAT, MEDIA,
            PROVINCIAL_WEBSITE, OTHER);
    public static final List<PublicationChannel> ANNOUNCEMENT_NATIONAL = List.of(CAQ_WEBSITE, MIIT_WEBSITE, BENCHMARK_WECHAT,
            MEDIA);

    private final String value;
    private final String displayName;

    PublicationChannel(String value, String displayName) {
        this.value = value;
        this.displayName = displayName;
    }

    public String value() {
        return value;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the channel is only a heading the note has to fill in (which media, which other site). */
    public boolean needsNote() {
        return this == MEDIA || this == OTHER;
    }

    public static Optional<PublicationChannel> of(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
    }
}
