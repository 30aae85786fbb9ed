package org.caq.benchmark.title;

import java.util.Arrays;
import org.caq.benchmark.InvalidInput;

/**
 * The grounds on which a title is revoked (Measures Art. 24): the ones the article lists first, then a major
 * accident of another kind, which its "质量、安全、环保、信誉等方面" leaves open and which is described each time.
 */
public enum RevocationGround {
    FALSIFIED_MATERIAL("申报材料弄虚作假"),
    QUALITY_ACCIDENT("发生重大质量责任事故"),
    SAFETY_ACCIDENT("发生重大安全责任事故"),
    ENVIRONMENT_ACCIDENT("发生重大环保责任事故"),
    CREDIT_ACCIDENT("发生重大信誉责任事故"),
    OTHER_MAJOR_ACCIDENT("发生其他方面重大责任事故");

    /** How long the description of another kind of accident may be. */
    static final int MAX_DETAIL = 50;

    private final String displayName;

    RevocationGround(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The ground as a notice states it: another kind of accident by the aspect it concerns. */
    public String describe(String detail) {
        return this == OTHER_MAJOR_ACCIDENT ? "发生" + detail + "方面的重大责任事故" : displayName;
    }

    static RevocationGround of(Object value) {
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("撤销事由无效（当前值：" + value + "）：只能是申报材料弄虚作假，发生质量、安全、环保、信誉方面的重大责任事故，或发生其他方面的重大责任事故（须说明，第二十四条）。"));
    }
}
