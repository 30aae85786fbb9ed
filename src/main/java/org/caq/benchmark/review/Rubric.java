package org.caq.benchmark.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.caq.benchmark.InvalidInput;

/**
 * The scoring rubric of a campaign: the three criteria of Art. 8, each scored 0–{@code maxScore}, combined with
 * the campaign's weights into one total on a 0–100 scale (default: 0–100 each, equal weights).
 */
public record Rubric(int maxScore, List<Integer> weights) {

    public static final List<String> CRITERIA = List.of("科学性和创新性", "系统性和示范性", "显效性和发展性");
    public static final Rubric DEFAULT = new Rubric(100, List.of(1, 1, 1));

    public Rubric {
        if (weights.size() != CRITERIA.size() || weights.stream().anyMatch(w -> w < 0)
                || weights.stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new InvalidInput("评分权重须为 3 个非负整数且不全为 0（当前值：" + weights + "）。");
        }
        if (maxScore < 1 || maxScore > 1000) {
            throw new InvalidInput("每项满分须在 1 至 1000 之间（当前值：" + maxScore + "）。");
        }
    }

    static Rubric parse(int maxScore, String weights) {
        try {
            return new Rubric(maxScore, Arrays.stream(weights.split("[,，:：\\s]+")).map(String::strip)
                    .map(Integer::valueOf).toList());
        } catch (NumberFormatException e) {
            throw new InvalidInput("评分权重格式应为“1,1,1”（当前值：" + weights + "）。");
        }
    }

    /** The criteria, their scale and weights, as the expert's form states them. */
    String describe() {
        return String.join("、", CRITERIA) + "三项各 0–" + maxScore + " 分，权重 " + weightsText().replace(",", ":");
    }

    String weightsText() {
        return String.join(",", weights.stream().map(String::valueOf).toList());
    }

    /** The weighted total on a 0–100 scale. */
    public BigDecimal total(List<Integer> scores) {
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < CRITERIA.size(); i++) {
            weighted = weighted.add(BigDecimal.valueOf((long) scores.get(i) * weights.get(i)));
        }
        int weightSum = weights.stream().mapToInt(Integer::intValue).sum();
        return weighted.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf((long) weightSum * maxScore), 2, RoundingMode.HALF_UP);
    }
}
