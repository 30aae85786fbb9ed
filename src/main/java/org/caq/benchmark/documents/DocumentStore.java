package org.caq.benchmark.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.caq.benchmark.DamagedRecord;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.TooLarge;
import org.caq.benchmark.procedure.BeijingTime;
import org.caq.benchmark.procedure.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Keeps material files on disk, outside the engine's variables. An upload is streamed to a staging file while
 * its SHA-256 and size are computed (memory does not grow with the file), its type is checked from its first
 * bytes, and only then, in one short transaction, it is counted against the application's budget, recorded and
 * moved into place. Whatever fails, nothing is left behind: no row, no file.
 */
@Component
public class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    private static final int MAX_FILE_NAME = 200;

    private final Path root;
    private final long budget;
    private final Documents documents;
    private final TransactionTemplate transaction;
    private final Staging staging;

    DocumentStore(@Value("${benchmark.documents.directory:./data/documents}") Path root,
            @Value("${benchmark.documents.max-per-application:200MB}") DataSize budget, Documents documents,
            PlatformTransactionManager transactions, Staging staging) {
        this.root = root.toAbsolutePath();
        this.budget = budget.toBytes();
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.staging = staging;
    }

    /**
     * Stores one material of an application. {@code guard} runs inside the transaction that records it, before
     * the budget is counted: the caller locks the application there and checks it may still be changed.
     */
    public Document save(String applicationNumber, DocumentKind kind, String fileName, InputStream content,
            String uploadedBy, Runnable guard) {
        FileType type = checkName(kind, fileName);
        long available = budget - documents.totalSize(applicationNumber);
        Staged staged = stage(content, type, available, () -> overBudget(available));
        try {
            long size = staged.size();
            String sha256 = staged.sha256();
            return transaction.execute(status -> {
                guard.run();
                long remaining = budget - documents.totalSize(applicationNumber);
                if (size > remaining) {
                    throw overBudget(remaining);
                }
                Document document = new Document(UUID.randomUUID().toString(), applicationNumber, kind, fileName,
                        type.contentType(), size, sha256, uploadedBy, BeijingTime.now());
                documents.insert(document);
                moveIntoPlace(staged.file(), pathOf(document));
                return document;
            });
        } finally {
            staging.release(staged.file());
        }
    }

    /**
     * Refuses an upload whose declared length does not fit the application's remaining budget before a byte of it
     * is read, rather than after receiving up to 200 MB. A negative length (none declared) is checked while streaming.
     */
    public void checkDeclaredLength(String applicationNumber, long declaredBytes) {
        long remaining = budget - documents.totalSize(applicationNumber);
        if (declaredBytes > remaining) {
            throw new UploadTooLarge("上传的文件过大：每项申报的材料合计不得超过 " + megabytes(budget) + " MB，本文件为 "
                    + megabytes(declaredBytes) + " MB，超过了剩余的 " + megabytes(Math.max(remaining, 0)) + " MB。");
        }
    }

    /** An upload declared larger than the application's remaining budget. */
    public static class UploadTooLarge extends TooLarge {
        UploadTooLarge(String message) {
            super(message);
        }
    }

    /** A file kept for something other than an application's materials (an objection's evidence). */
    public record StoredFile(String id, String fileName, String contentType, long size, String sha256) {
    }

    private static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.JPG, FileType.PNG);

    /**
     * Stores evidence sent with an objection: a PDF, JPG or PNG of at most {@code maxBytes}, checked like a material.
     * {@code record} runs inside the transaction that keeps the file; if it throws, neither row nor file remains.
     */
    public <T> T saveEvidence(String fileName, InputStream content, long maxBytes, Function<StoredFile, T> record) {
        return saveFile("证明材料", EVIDENCE_TYPES, "JPG、PDF、PNG", fileName, content, maxBytes, record);
    }

    /** A PDF that belongs to no application (a unit's covering letter), kept like evidence; refusals name the {@code label}. */
    public <T> T savePdf(String label, String fileName, InputStream content, long maxBytes, Function<StoredFile, T> record) {
        return saveFile(label, Set.of(FileType.PDF), "PDF", fileName, content, maxBytes, record);
    }

    /**
     * A format template of a campaign's notice (seed 001 annex 3 §1(4)): of its template's types, at most its size; kept
     * like evidence, opened with {@link #openEvidence}.
     */
    public <T> T saveTemplate(NoticeTemplate template, String fileName, InputStream content, Function<StoredFile, T> record) {
        return saveFile(template.displayName(), template.types(), template.typeNames(), fileName, content, template.maxBytes(),
                record);
    }

    /**
     * Stores a file that belongs to no application beside the evidence, checked like a material: one of {@code types} by
     * name and signature, at most {@code maxBytes}; refusals name the {@code label}. {@code record} runs inside the
     * transaction that keeps the file. Opened with {@link #openEvidence}.
     */
    private <T> T saveFile(String label, Set<FileType> types, String typeNames, String fileName, InputStream content,
            long maxBytes, Function<StoredFile, T> record) {
        checkFileName(fileName);
        FileType type = FileType.ofFileName(fileName).filter(types::contains)
                .orElseThrow(() -> new InvalidInput(label + "只接受 " + typeNames + " 文件（当前文件：" + fileName + "）。"));
        Staged staged = stage(content, type, maxBytes, () -> new InvalidInput(label + "不得超过 " + megabytes(maxBytes) + " MB。"));
        try {
            return transaction.execute(status -> {
                StoredFile file = new StoredFile(UUID.randomUUID().toString(), fileName, type.contentType(),
                        staged.size(), staged.sha256());
                T result = record.apply(file);
                moveIntoPlace(staged.file(), evidencePath(file.id()));
                return result;
            });
        } finally {
            staging.release(staged.file());
        }
    }

    /** Opens stored evidence after checking its bytes still have the recorded SHA-256. */
    public InputStream openEvidence(StoredFile file) {
        return openChecked(evidencePath(file.id()), file.sha256(), file.fileName());
    }

    /** Opens a stored material after checking its bytes still have the recorded SHA-256. */
    public InputStream openVerified(Document document) {
        return openChecked(pathOf(document), document.sha256(), document.fileName());
    }

    private InputStream openChecked(Path file, String sha256, String fileName) {
        try {
            String actual = sha256Of(file);
            if (!actual.equals(sha256)) {
                log.error("Checksum mismatch for {}: recorded {}, found {}", file, sha256, actual);
                throw new CorruptDocument(fileName);
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Removes a material; the file goes once the removal is committed. Call inside a transaction. */
    public void remove(Document document) {
        documents.delete(document.id());
        Path file = pathOf(document);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(file);
            }
        });
    }

    /**
     * The stored files of applications whose records the retention removes (decision 0077): each application's
     * directory and the given evidence files (objections'), deleted once the removal is committed. Call inside the
     * transaction that removes their rows; answers how many files that will be.
     */
    public int removeAllAfterCommit(List<String> applicationNumbers, List<String> evidenceIds) {
        List<Path> files = new ArrayList<>();
        for (String number : applicationNumbers) {
            Path directory = root.resolve(number);
            if (Files.isDirectory(directory)) {
                try (Stream<Path> listed = Files.list(directory)) {
                    listed.forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + directory, e);
                }
            }
        }
        evidenceIds.stream().map(this::evidencePath).filter(Files::exists).forEach(files::add);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.forEach(DocumentStore::deleteQuietly);
                applicationNumbers.forEach(number -> deleteQuietly(root.resolve(number)));
            }
        });
        return files.size();
    }

    /** Thrown when a stored file no longer matches its checksum. */
    public static class CorruptDocument extends DamagedRecord {
        CorruptDocument(String fileName) {
            super("文件“" + fileName + "”校验失败（SHA-256 与上传时不一致），文件可能已损坏，请联系全国质量标杆工作办公室。");
        }
    }

    private static FileType checkName(DocumentKind kind, String fileName) {
        checkFileName(fileName);
        return FileType.ofFileName(fileName).filter(kind.allowedTypes()::contains)
                .orElseThrow(() -> new InvalidInput(kind.displayName() + "只接受 " + allowed(kind) + " 文件（当前文件："
                        + fileName + "）。"));
    }

    private static void checkFileName(String fileName) {
        PlainText.line(fileName, "文件名");
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_FILE_NAME
                || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new InvalidInput("文件名无效（当前值：" + fileName + "）：须为不超过 " + MAX_FILE_NAME
                    + " 个字符、不含路径的文件名。");
        }
    }

    private record Staged(Path file, long size, String sha256) {
    }

    private Staged stage(InputStream upload, FileType type, long remaining, Supplier<InvalidInput> tooLarge) {
        try {
            Path staged = staging.create();
            MessageDigest digest = sha256();
            InputStream content = new DigestInputStream(upload, digest);
            try (OutputStream out = Files.newOutputStream(staged)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read = content.readNBytes(buffer, 0, FileType.SIGNATURE_BYTES);
                if (!type.matches(buffer, read)) {
                    throw new InvalidInput("文件内容与扩展名不符：不是有效的 " + type.name() + " 文件。");
                }
                for (; read > 0; read = content.read(buffer)) {
                    total += read;
                    if (total > remaining) {
                        throw tooLarge.get();
                    }
                    out.write(buffer, 0, read);
                }
                if (total == 0) {
                    throw new InvalidInput("文件为空。");
                }
                return new Staged(staged, total, HexFormat.of().formatHex(digest.digest()));
            } catch (RuntimeException | IOException e) {
                staging.release(staged);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage upload", e);
        }
    }

    private InvalidInput overBudget(long remaining) {
        return new InvalidInput("每项申报的材料合计不得超过 " + megabytes(budget) + " MB：本文件超过了剩余的 "
                + megabytes(Math.max(remaining, 0)) + " MB。");
    }

    private void moveIntoPlace(Path staged, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + target, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
    }

    private Path evidencePath(String id) {
        return root.resolve("evidence").resolve(id);
    }

    private Path pathOf(Document document) {
        return root.resolve(document.applicationNumber()).resolve(document.id());
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String allowed(DocumentKind kind) {
        return kind.allowedTypes().stream().map(Enum::name).sorted().reduce((a, b) -> a + "、" + b).orElse("");
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
