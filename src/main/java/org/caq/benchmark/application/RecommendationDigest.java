package org.caq.benchmark.application;

import org.caq.benchmark.printing.Digest;

/**
 * The digest printed on a 推荐表: the application's content digest with the unit that recommends it, so a sealed
 * 推荐表 matches exactly one version of one application as recommended by one unit.
 */
public final class RecommendationDigest {

    private RecommendationDigest() {
    }

    public static String of(Applications.Case c) {
        return Digest.sha256("推荐表\n" + ApplicationDigest.of(c) + "\n推荐单位=" + c.recommendingUnit());
    }
}
