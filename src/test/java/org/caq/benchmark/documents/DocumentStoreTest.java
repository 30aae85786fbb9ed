package org.caq.benchmark.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TestApplications;
import org.caq.benchmark.TestCampaigns;
import org.caq.benchmark.application.ApplicantAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Materials are streamed, checksummed, typed by content, kept within budget, and never half-stored. */
@BenchmarkSpringTest
class DocumentStoreTest {

    @Autowired ProcessEngine engine;

    @Autowired ApplicantAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Documents documents;
    @Autowired DocumentStore sharedStore;
    @Autowired PlatformTransactionManager transactions;
    @TempDir Path root;

    String application;

    @BeforeEach
    void anApplication() {
        new TestCampaigns(engine, jdbc).openProvincial(2022, "shandong", null);
        application = new TestApplications(engine, sharedStore, accounts)
                .submit(TestApplications.form("shandong-qingdao", "青岛材料有限公司", TestApplications.SHANDONG_CODE)).getBusinessKey();
    }

    private DocumentStore store(DataSize budget) {
        return new DocumentStore(root, budget, documents, transactions, new Staging(root));
    }

    /** A PDF of the given size whose bytes are generated on the fly, never held in memory. */
    static InputStream pdf(long size) {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                return position < size ? (position < header.length ? header[(int) position++] : (int) (position++ % 251)) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(length, size - position);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return count;
            }
        };
    }

    static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void streams_a_150_mb_upload_to_disk_without_the_heap_growing_with_it() throws Exception {
        long size = 150L * 1024 * 1024;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        Document document = store(DataSize.ofMegabytes(200)).save(application, DocumentKind.EXPERIENCE, "典型经验.pdf",
                pdf(size), "applicant1", () -> { });

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while storing 150 MB").isLessThan(16L * 1024 * 1024);
        assertThat(document.sizeBytes()).isEqualTo(size);
        assertThat(document.sha256()).isEqualTo(sha256(pdf(size)));
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(Files.size(root.resolve(application).resolve(document.id()))).isEqualTo(size);
    }

    @Test
    void refuses_a_file_over_the_application_s_budget_and_keeps_nothing_of_it() throws IOException {
        DocumentStore store = store(DataSize.ofKilobytes(100));
        store.save(application, DocumentKind.EXPERIENCE, "a.pdf", pdf(60 * 1024), "applicant1", () -> { });

        assertThatThrownBy(() -> store.save(application, DocumentKind.EVIDENCE, "b.pdf", pdf(60 * 1024), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessage("每项申报的材料合计不得超过 0.1 MB：本文件超过了剩余的 0.04 MB。");

        assertThat(documents.of(application)).hasSize(1);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void refuses_disallowed_types_renamed_files_empty_files_and_paths_in_names() {
        DocumentStore store = store(DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> store.save(application, DocumentKind.EXPERIENCE, "setup.exe", pdf(100), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessage("典型经验材料只接受 DOC、DOCX、PDF 文件（当前文件：setup.exe）。");
        assertThatThrownBy(() -> store.save(application, DocumentKind.SEALED_FORM, "申报书.docx", pdf(100), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("加盖公章的申报书只接受 JPG、PDF、PNG 文件");
        byte[] executable = "MZ\u0090\u0000 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> store.save(application, DocumentKind.EXPERIENCE, "伪装.pdf", new ByteArrayInputStream(executable), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessage("文件内容与扩展名不符：不是有效的 PDF 文件。");
        assertThatThrownBy(() -> store.save(application, DocumentKind.EXPERIENCE, "空.pdf", new ByteArrayInputStream(new byte[0]), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("不是有效的 PDF 文件");
        assertThatThrownBy(() -> store.save(application, DocumentKind.EXPERIENCE, "../../etc/passwd.pdf", pdf(100), "applicant1", () -> { }))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("文件名无效");

        assertThat(documents.of(application)).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void keeps_nothing_when_the_guard_refuses_inside_the_transaction() {
        DocumentStore store = store(DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> store.save(application, DocumentKind.EXPERIENCE, "a.pdf", pdf(1000), "applicant1",
                () -> { throw new InvalidInput("已提交，不能再改"); })).isInstanceOf(InvalidInput.class);

        assertThat(documents.of(application)).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void notices_a_stored_file_that_no_longer_matches_its_checksum() throws IOException {
        DocumentStore store = store(DataSize.ofMegabytes(1));
        Document document = store.save(application, DocumentKind.EXPERIENCE, "a.pdf", pdf(1000), "applicant1", () -> { });
        try (InputStream intact = store.openVerified(document)) {
            assertThat(intact.readAllBytes()).hasSize(1000);
        }

        Files.write(root.resolve(application).resolve(document.id()), "%PDF-1.7 tampered".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> store.openVerified(document)).isInstanceOf(DocumentStore.CorruptDocument.class)
                .hasMessageContaining("校验失败");
    }

    @Test
    void removes_the_file_once_the_removal_is_committed() {
        DocumentStore store = store(DataSize.ofMegabytes(1));
        Document document = store.save(application, DocumentKind.EVIDENCE, "证书.png",
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1}), "applicant1", () -> { });

        new TransactionTemplate(transactions).executeWithoutResult(status -> store.remove(document));

        assertThat(documents.find(document.id())).isEmpty();
        assertThat(filesUnder(root)).isEmpty();
    }

    /** Stored and staged files; not the staging directory's lock file of the running store (see Staging). */
    private static java.util.List<Path> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("node-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
