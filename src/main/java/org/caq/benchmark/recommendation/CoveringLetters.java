package org.caq.benchmark.recommendation;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.recommendingunit.RecommendingUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cities' 推荐文件 of Shandong's selection (seed 004 §一(三)2 "各市工信局…将推荐文件（PDF版）…报省工信厅"): one covering
 * document per city and campaign, uploaded by the city; its recommendations go to form review only once it is in, as
 * the sealed 推荐表 of each application (decision 0052). The direct route and other levels' units send none: their
 * notices ask for none.
 */
@Repository
class CoveringLetters {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final String LABEL = "推荐文件";

    record Letter(String id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;

    CoveringLetters(JdbcClient jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    static boolean required(RecommendingUnit unit) {
        return "shandong".equals(unit.directory()) && unit.kind() == RecommendingUnit.Kind.CITY;
    }

    Letter upload(String campaign, String unit, String fileName, InputStream content, String user) {
        return store.savePdf(LABEL, fileName, content, MAX_BYTES, file -> {
            Instant now = BeijingTime.now();
            jdbc.sql("""
                    insert into covering_letter (id, campaign_number, unit_code, file_name, content_type, size_bytes, sha256,
                        uploaded_by, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(file.id(), campaign, unit, file.fileName(), file.contentType(), file.size(), file.sha256(), user,
                            Timestamp.from(now))
                    .update();
            return new Letter(file.id(), file.fileName(), file.contentType(), file.size(), file.sha256(), user, now);
        });
    }

    Optional<Letter> latest(String campaign, String unit) {
        return jdbc.sql("""
                select * from covering_letter where campaign_number = ? and unit_code = ?
                order by uploaded_at desc, id fetch first 1 rows only""")
                .params(campaign, unit)
                .query((rs, row) -> new Letter(rs.getString("id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }

    InputStream open(Letter letter) {
        return store.openEvidence(new DocumentStore.StoredFile(letter.id(), letter.fileName(), letter.contentType(),
                letter.sizeBytes(), letter.sha256()));
    }

    /** Refuses a recommendation of a unit whose notice asks a 推荐文件 it has not sent for this campaign. */
    void require(String campaign, RecommendingUnit unit, String applicationNumber) {
        if (required(unit) && latest(campaign, unit.code()).isEmpty()) {
            throw new InvalidInput("推荐前须上传本单位的推荐文件（PDF，山东省通知一（三）2：各市工信局报送推荐文件）：请在申报材料页面"
                    + "（/materials.html?application=" + applicationNumber + "）的“本单位推荐文件”处上传，每次遴选上传一次即可。");
        }
    }
}
