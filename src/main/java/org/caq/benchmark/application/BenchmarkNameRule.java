package org.caq.benchmark.application;

import org.caq.benchmark.InvalidInput;

/**
 * The naming rule of seed 001 annex 3 §1(1)1: "(enterprise) + (typical method or technique) + 经验", at most 40
 * characters, e.g. "××公司实施六西格玛设计的经验". A name that is only the enterprise's name (with or without
 * "经验") names no method and is refused.
 */
final class BenchmarkNameRule {

    static final int MAX_LENGTH = 40;
    private static final String SUFFIX = "经验";
    private static final int MIN_METHOD_LENGTH = 2;

    private BenchmarkNameRule() {
    }

    static void check(String name, String enterpriseName) {
        if (!name.endsWith(SUFFIX)) {
            throw new InvalidInput("质量标杆名称须按“（企业）+（典型方法技术）+经验”命名、以“经验”结尾，"
                    + "例如“××公司实施六西格玛设计的经验”（当前值：" + name + "）。");
        }
        String core = name.substring(0, name.length() - SUFFIX.length());
        core = core.endsWith("的") ? core.substring(0, core.length() - 1) : core;
        String method = core.startsWith(enterpriseName) ? core.substring(enterpriseName.length()) : core;
        if (core.equals(enterpriseName) || method.codePointCount(0, method.length()) < MIN_METHOD_LENGTH) {
            throw new InvalidInput("质量标杆名称不能只是企业名称，须写明所运用的典型方法或技术，"
                    + "例如“" + enterpriseName + "实施六西格玛设计的经验”（当前值：" + name + "）。");
        }
    }
}
