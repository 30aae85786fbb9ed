package org.caq.benchmark.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is known of each stored material; the bytes themselves are in the {@link DocumentStore}. */
@Repository
public class Documents {

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Document d) {
        jdbc.sql("""
                insert into application_document (id, application_number, kind, file_name, content_type, size_bytes,
                    sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.applicationNumber(), d.kind().name(), d.fileName(), d.contentType(), d.sizeBytes(),
                        d.sha256(), d.uploadedBy(), Timestamp.from(d.uploadedAt()))
                .update();
    }

    void delete(String id) {
        jdbc.sql("delete from application_document where id = ?").param(id).update();
    }

    public Optional<Document> find(String id) {
        return jdbc.sql("select * from application_document where id = ?").param(id).query(Documents::map).optional();
    }

    public List<Document> of(String applicationNumber) {
        return jdbc.sql("select * from application_document where application_number = ? order by uploaded_at, id")
                .param(applicationNumber).query(Documents::map).list();
    }

    long totalSize(String applicationNumber) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from application_document where application_number = ?")
                .param(applicationNumber).query(Long.class).single();
    }

    /** The required kinds of material the application does not have yet. */
    public List<DocumentKind> missingRequired(String applicationNumber) {
        return missingRequired(of(applicationNumber));
    }

    /** The required kinds of material missing from these stored materials. */
    public static List<DocumentKind> missingRequired(List<Document> stored) {
        Set<DocumentKind> present = stored.stream().map(Document::kind).collect(Collectors.toSet());
        return Arrays.stream(DocumentKind.values())
                .filter(kind -> kind.isRequired() && !present.contains(kind)).toList();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getString("id"), rs.getString("application_number"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
