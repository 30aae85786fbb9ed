package org.caq.benchmark.review;

/**
 * The one spelling of the review stages' business keys (decision 0062): the subject, the stage as
 * {@link ReviewStage#name()}, then who — {@code 2022-national/MATERIAL/MANAGEMENT} for a group's review and its
 * deliberation, {@code 2022-national-0001/MATERIAL/E03} for one expert's review.
 */
public final class ReviewKeys {

    private ReviewKeys() {
    }

    public static String group(String campaign, ReviewStage stage, String group) {
        return campaign + "/" + stage.name() + "/" + group;
    }

    public static String review(String application, ReviewStage stage, String expertCode) {
        return application + "/" + stage.name() + "/" + expertCode;
    }
}
