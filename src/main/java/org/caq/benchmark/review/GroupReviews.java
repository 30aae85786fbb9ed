package org.caq.benchmark.review;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which {@code benchmark-group-review} instance runs a group's review at a stage: claimed once, by the first. */
@Repository
class GroupReviews {

    private final JdbcClient jdbc;

    GroupReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> claim(DeliberationCases.Subject subject, String processInstanceId) {
        Optional<String> owner = processOf(subject);
        if (owner.isPresent()) {
            return owner;
        }
        jdbc.sql("insert into group_review_case (campaign_number, group_code, stage, process_instance_id) values (?, ?, ?, ?)")
                .params(subject.campaign(), subject.group(), subject.stage().name(), processInstanceId).update();
        return Optional.of(processInstanceId);
    }

    /** The instance that runs the group's stage; none for a stage opened before the review was a called process. */
    Optional<String> processOf(DeliberationCases.Subject subject) {
        return jdbc.sql("""
                select process_instance_id from group_review_case where campaign_number = ? and group_code = ? and stage = ?""")
                .params(subject.campaign(), subject.group(), subject.stage().name()).query(String.class).optional();
    }
}
