package org.caq.benchmark.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.documents.Document;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 申报回执: what was handed over each time (content digest and every material's SHA-256), and when. */
@Repository
class Receipts {

    enum Occasion {
        SUBMITTED("提交申报"), REVISED("按推荐单位意见修改后重新提交"), SUPPLEMENTED("按形式审查要求补正后重新提交");

        private final String displayName;

        Occasion(String displayName) {
            this.displayName = displayName;
        }

        String displayName() {
            return displayName;
        }
    }

    record Material(String kind, String fileName, long sizeBytes, String sha256) {
    }

    record Receipt(String number, String applicationNumber, Occasion occasion, String contentSha256, String submittedBy,
            Instant submittedAt, List<Material> materials) {
    }

    private final JdbcClient jdbc;

    Receipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String record(String applicationNumber, Occasion occasion, String contentSha256, String submittedBy,
            List<Document> materials) {
        long count = jdbc.sql("select count(*) from application_receipt where application_number = ?")
                .param(applicationNumber).query(Long.class).single();
        String number = applicationNumber + "-R" + (count + 1);
        jdbc.sql("""
                insert into application_receipt (number, application_number, occasion, content_sha256, submitted_by,
                    submitted_at) values (?, ?, ?, ?, ?, ?)""")
                .params(number, applicationNumber, occasion.name(), contentSha256, submittedBy, Timestamp.from(BeijingTime.now()))
                .update();
        for (int i = 0; i < materials.size(); i++) {
            Document d = materials.get(i);
            jdbc.sql("""
                    insert into application_receipt_material (receipt_number, position, kind, file_name, size_bytes, sha256)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(number, i + 1, d.kind().name(), d.fileName(), d.sizeBytes(), d.sha256()).update();
        }
        return number;
    }

    List<Receipt> of(String applicationNumber) {
        return jdbc.sql("select number from application_receipt where application_number = ? order by submitted_at, number")
                .param(applicationNumber).query(String.class).list().stream().map(n -> find(n).orElseThrow()).toList();
    }

    Optional<Receipt> find(String number) {
        List<Material> materials = jdbc.sql("""
                select * from application_receipt_material where receipt_number = ? order by position""").param(number)
                .query((rs, row) -> new Material(rs.getString("kind"), rs.getString("file_name"), rs.getLong("size_bytes"),
                        rs.getString("sha256")))
                .list();
        return jdbc.sql("select * from application_receipt where number = ?").param(number)
                .query((rs, row) -> new Receipt(rs.getString("number"), rs.getString("application_number"),
                        Occasion.valueOf(rs.getString("occasion")), rs.getString("content_sha256"),
                        rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), materials))
                .optional();
    }
}
