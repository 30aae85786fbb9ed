package org.caq.benchmark.campaign;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.documents.NoticeTemplate;
import org.caq.benchmark.procedure.BeijingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The format templates attached to a campaign's notice by its office (seed 001 annex 3 §1(4)): public with the notice,
 * since the notice tells every applicant to fetch them. The latest upload of each template is the one offered.
 */
@Repository
public class NoticeTemplates {

    public record Attachment(String id, NoticeTemplate template, String fileName, String contentType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {

        public String templateName() {
            return template.displayName();
        }
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;

    NoticeTemplates(JdbcClient jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    Attachment upload(String campaign, NoticeTemplate template, String fileName, InputStream content, String user) {
        return store.saveTemplate(template, fileName, content, file -> {
            Instant now = BeijingTime.now();
            jdbc.sql("""
                    insert into notice_template (id, campaign_number, template, file_name, content_type, size_bytes, sha256,
                        uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(file.id(), campaign, template.name(), file.fileName(), file.contentType(), file.size(),
                            file.sha256(), user, Timestamp.from(now))
                    .update();
            return new Attachment(file.id(), template, file.fileName(), file.contentType(), file.size(), file.sha256(), user,
                    now);
        });
    }

    /** The templates offered with the campaign's notice, in the order of the annex: the latest upload of each. */
    public List<Attachment> current(String campaign) {
        return Arrays.stream(NoticeTemplate.values()).map(template -> latest(campaign, template))
                .flatMap(Optional::stream).toList();
    }

    Optional<Attachment> latest(String campaign, NoticeTemplate template) {
        return jdbc.sql("""
                select * from notice_template where campaign_number = ? and template = ?
                order by uploaded_at desc, id fetch first 1 rows only""")
                .params(campaign, template.name())
                .query((rs, row) -> new Attachment(rs.getString("id"), NoticeTemplate.valueOf(rs.getString("template")),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }

    InputStream open(Attachment attachment) {
        return store.openEvidence(new DocumentStore.StoredFile(attachment.id(), attachment.fileName(),
                attachment.contentType(), attachment.sizeBytes(), attachment.sha256()));
    }

    /** The public address of a template of a published notice. */
    public static String publicPath(String campaign, NoticeTemplate template) {
        return "/public/api/notices/" + campaign + "/templates/" + template.name();
    }
}
