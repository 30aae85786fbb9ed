package org.caq.benchmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Aggregates against figures computed by hand. */
class AggregationPolicyTest {

    static List<BigDecimal> scores(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void means_all_scores() {
        // (80 + 90 + 85) / 3 = 85
        assertThat(AggregationPolicy.MEAN.aggregate(scores("80", "90", "85"))).isEqualByComparingTo("85.00");
        // (70.5 + 88 + 91 + 60) / 4 = 309.5 / 4 = 77.375 -> 77.38
        assertThat(AggregationPolicy.MEAN.aggregate(scores("70.5", "88", "91", "60"))).isEqualByComparingTo("77.38");
    }

    @Test
    void trims_the_highest_and_lowest_from_five_scores_on() {
        // 95 and 40 dropped: (80 + 85 + 90) / 3 = 85
        assertThat(AggregationPolicy.TRIMMED_MEAN.aggregate(scores("95", "80", "40", "85", "90"))).isEqualByComparingTo("85.00");
        // six scores: drop 99 and 50: (70 + 75 + 80 + 81) / 4 = 76.5
        assertThat(AggregationPolicy.TRIMMED_MEAN.aggregate(scores("99", "70", "75", "80", "81", "50"))).isEqualByComparingTo("76.50");
        // four scores: nothing is trimmed: (95 + 80 + 40 + 85) / 4 = 75
        assertThat(AggregationPolicy.TRIMMED_MEAN.aggregate(scores("95", "80", "40", "85"))).isEqualByComparingTo("75.00");
    }

    @Test
    void takes_the_median_of_odd_and_even_counts() {
        assertThat(AggregationPolicy.MEDIAN.aggregate(scores("95", "40", "85", "80", "90"))).isEqualByComparingTo("85.00");
        // (80 + 85) / 2 = 82.5
        assertThat(AggregationPolicy.MEDIAN.aggregate(scores("95", "40", "85", "80"))).isEqualByComparingTo("82.50");
    }

    @Test
    void totals_the_three_criteria_by_the_campaign_s_weights_on_a_hundred_point_scale() {
        // equal weights, 0-100: (80 + 90 + 70) / 3 = 80
        assertThat(Rubric.DEFAULT.total(List.of(80, 90, 70))).isEqualByComparingTo("80.00");
        // weights 2:1:1, 0-10: (2*8 + 9 + 7) * 100 / (4 * 10) = 32 * 100 / 40 = 80
        assertThat(new Rubric(10, List.of(2, 1, 1)).total(List.of(8, 9, 7))).isEqualByComparingTo("80.00");
        // weights 3:2:1, 0-100: (3*90 + 2*60 + 75) / 6 = 465 / 6 = 77.5
        assertThat(new Rubric(100, List.of(3, 2, 1)).total(List.of(90, 60, 75))).isEqualByComparingTo("77.50");
    }
}
