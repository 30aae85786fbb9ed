package org.caq.benchmark.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every 申报书 and 推荐表 the system printed for sealing, with the content digest printed on it. */
@Repository
public class PrintedForms {

    /** What is printed to be sealed, and the kind of material its sealed copy is uploaded as. */
    public enum Kind {
        APPLICATION_FORM(DocumentKind.SEALED_FORM), RECOMMENDATION_FORM(DocumentKind.SEALED_RECOMMENDATION);

        private final DocumentKind sealedAs;

        Kind(DocumentKind sealedAs) {
            this.sealedAs = sealedAs;
        }

        public DocumentKind sealedAs() {
            return sealedAs;
        }
    }

    public record Printed(Kind kind, String sha256, String printedBy, Instant printedAt) {
    }

    private final JdbcClient jdbc;

    PrintedForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String applicationNumber, Kind kind, String sha256, String printedBy) {
        jdbc.sql("""
                insert into printed_form (id, application_number, kind, sha256, printed_by, printed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), applicationNumber, kind.name(), sha256, printedBy,
                        Timestamp.from(BeijingTime.now()))
                .update();
    }

    public List<Printed> of(String applicationNumber, Kind kind) {
        return jdbc.sql("select * from printed_form where application_number = ? and kind = ? order by printed_at")
                .params(applicationNumber, kind.name())
                .query((rs, row) -> new Printed(Kind.valueOf(rs.getString("kind")), rs.getString("sha256"),
                        rs.getString("printed_by"), rs.getTimestamp("printed_at").toInstant()))
                .list();
    }
}
