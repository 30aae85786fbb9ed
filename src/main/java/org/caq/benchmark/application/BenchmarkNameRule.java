package org.caq.benchmark.application;

import org.caq.benchmark.InvalidInput;

/**
 * The naming rule of seed 001 annex 3 §1(1)1: "(enterprise) + (typical method or technique) + 经验", at most 40
 * characters, e.g. "××公司实施六西格玛设计的经验". The name starts with the enterprise's name or the short name the
 * applicant declares, and names a method after it: the enterprise's name alone (with 经验) is refused.
 */
final class BenchmarkNameRule {

    static final int MAX_LENGTH = 40;
    private static final String SUFFIX = "经验";
    private static final int MIN_METHOD_LENGTH = 2;

    private BenchmarkNameRule() {
    }

    static void check(String name, String enterpriseName, String shortName) {
        String example = "例如“" + (shortName == null ? enterpriseName : shortName) + "实施六西格玛设计的经验”（当前值：" + name + "）。";
        if (!name.endsWith(SUFFIX)) {
            throw new InvalidInput("质量标杆名称须按“（企业）+（典型方法技术）+经验”命名、以“经验”结尾，" + example);
        }
        String prefix = name.startsWith(enterpriseName) ? enterpriseName
                : shortName != null && name.startsWith(shortName) ? shortName : null;
        if (prefix == null) {
            throw new InvalidInput("质量标杆名称须以企业名称" + (shortName == null ? "" : "或企业简称") + "开头，" + example);
        }
        String method = name.substring(prefix.length(), name.length() - SUFFIX.length());
        method = method.endsWith("的") ? method.substring(0, method.length() - 1) : method;
        if (method.codePointCount(0, method.length()) < MIN_METHOD_LENGTH) {
            throw new InvalidInput("质量标杆名称不能只是企业名称，须写明所运用的典型方法或技术，" + example);
        }
    }
}
