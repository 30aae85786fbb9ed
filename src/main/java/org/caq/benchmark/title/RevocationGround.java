package org.caq.benchmark.title;

import java.util.Arrays;
import org.caq.benchmark.InvalidInput;

/** The grounds on which a title is revoked (Measures Art. 24). */
public enum RevocationGround {
    FALSIFIED_MATERIAL("申报材料弄虚作假"),
    QUALITY_ACCIDENT("发生重大质量责任事故"),
    SAFETY_ACCIDENT("发生重大安全责任事故"),
    ENVIRONMENT_ACCIDENT("发生重大环保责任事故"),
    CREDIT_ACCIDENT("发生重大信誉责任事故");

    private final String displayName;

    RevocationGround(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    static RevocationGround of(Object value) {
        return Arrays.stream(values()).filter(g -> g.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("撤销事由无效（当前值：" + value + "）：只能是申报材料弄虚作假，或发生质量、安全、环保、信誉方面的重大责任事故（第二十四条）。"));
    }
}
