package org.caq.benchmark.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an application's scores at a stage become one figure, fixed per campaign before scoring opens. The seeds
 * give no method; the default is the mean, trimmed of the highest and lowest score once there are five or more
 * (the usual guard against one outlying judge); the median is the alternative. Two decimals, half up.
 */
public enum AggregationPolicy {
    MEAN("算术平均"),
    TRIMMED_MEAN("去掉一个最高分和一个最低分后的平均（5 个及以上评分时）"),
    MEDIAN("中位数");

    static final int TRIM_FROM = 5;

    private final String displayName;

    AggregationPolicy(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public BigDecimal aggregate(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("No scores to aggregate");
        }
        List<BigDecimal> sorted = new ArrayList<>(scores);
        sorted.sort(null);
        return switch (this) {
            case MEAN -> mean(sorted);
            case TRIMMED_MEAN -> mean(sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted);
            case MEDIAN -> median(sorted);
        };
    }

    private static BigDecimal mean(List<BigDecimal> scores) {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(2, RoundingMode.HALF_UP);
    }
}
