package org.caq.benchmark.review;

import org.caq.benchmark.application.ApplicationReaders;
import org.springframework.stereotype.Component;

/**
 * An expert sees the applications assigned to them for review, and no other, once they signed the campaign's
 * confidentiality undertaking; a recused or reassigned review gives no access (Art. 15).
 */
@Component
class Reviewers implements ApplicationReaders {

    private final Reviews reviews;

    Reviewers(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean mayRead(String applicationNumber, String userId) {
        return reviews.isReviewerUnderUndertaking(applicationNumber, userId);
    }
}
