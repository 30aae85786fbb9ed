package org.caq.benchmark.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ministry's comments on the preliminary list, per application, and the office's handling of each. */
@Repository
public class MinistryComments {

    private final JdbcClient jdbc;

    MinistryComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void comment(String campaign, String application, String comment) {
        jdbc.sql("insert into ministry_comment (campaign_number, application_number, comment) values (?, ?, ?)")
                .params(campaign, application, comment).update();
    }

    void handle(String campaign, String application, String handling) {
        jdbc.sql("update ministry_comment set handling = ? where campaign_number = ? and application_number = ?")
                .params(handling, campaign, application).update();
    }

    /** Application number → comment, in number order. */
    public Map<String, String> of(String campaign) {
        Map<String, String> comments = new LinkedHashMap<>();
        jdbc.sql("select application_number, comment from ministry_comment where campaign_number = ? order by application_number")
                .param(campaign).query((rs, row) -> comments.put(rs.getString(1), rs.getString(2))).list();
        return comments;
    }
}
