package org.caq.benchmark.documents;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.printing.Digest;
import org.caq.benchmark.procedure.BeijingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matches an uploaded sealed copy (申报书, 推荐表) to the content it should show. A PDF that still has its text (the
 * generated file, sealed electronically or printed to PDF) is read: the application number and the 64-digit digest
 * on it are compared with the content's. A scan has no text; the system does not read images, so a scan is matched
 * only by the 核验码 the uploader types from it (refused when it differs), and the office compares the code on the
 * image with the expected one shown beside it.
 */
@Component
public class SealedForms {

    private static final Logger log = LoggerFactory.getLogger(SealedForms.class);
    private static final Pattern SHA256 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final int MAX_PAGES_READ = 30;

    /** How an uploaded copy compares with the content now. */
    public enum Result {
        MATCHES("一致：文件中的申报编号和内容摘要与当前申报内容一致"),
        OUTDATED("不一致：文件中的内容摘要属于修改前的版本，请重新打印、盖章并上传"),
        DIFFERENT("不一致：文件中的内容摘要不是本申报的，请核实"),
        DECLARED("待人工核对：扫描件，上传人填写的核验码与上传时的内容一致；请核对扫描件上的核验码"),
        DECLARED_OUTDATED("不一致：上传后申报内容已修改，请重新打印、盖章并上传"),
        UNVERIFIED("待人工核对：扫描件，系统无法读取图像中的文字；请核对扫描件上的申报编号和核验码");

        private final String displayName;

        Result(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public record Check(String documentId, String fileName, Instant uploadedAt, String foundSha256, boolean foundNumber,
            String declaredCode, String expectedSha256, Result result, String resultName) {
    }

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final Documents documents;
    private final PrintedForms printed;

    SealedForms(JdbcClient jdbc, DocumentStore store, Documents documents, PrintedForms printed) {
        this.jdbc = jdbc;
        this.store = store;
        this.documents = documents;
        this.printed = printed;
    }

    /** Refuses a typed 核验码 that is not the current content's, before anything is stored. */
    public static void requireDeclaredCode(String declaredCode, String currentSha256) {
        if (declaredCode != null && !declaredCode.isBlank()
                && !normalise(declaredCode).equals(Digest.code(currentSha256))) {
            throw new InvalidInput("核验码 " + declaredCode.strip() + " 与当前申报内容的核验码不一致：扫描件可能是修改前打印的版本，"
                    + "请重新打印、盖章后上传；核验码见打印件第 1 页的方框（格式如 ABCD-1234）。");
        }
    }

    /** Reads an uploaded sealed copy and records what it shows; the content's digest is the one in force now. */
    public void check(Document document, PrintedForms.Kind kind, String currentSha256, String declaredCode) {
        String text = document.contentType().equals("application/pdf") ? text(document) : "";
        Matcher matcher = SHA256.matcher(text);
        String found = matcher.find() ? matcher.group() : null;
        jdbc.sql("""
                insert into sealed_form_check (document_id, application_number, kind, expected_sha256, found_sha256,
                    found_number, declared_code, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), document.applicationNumber(), kind.name(), currentSha256, found,
                        text.contains(document.applicationNumber()),
                        declaredCode == null || declaredCode.isBlank() ? null : normalise(declaredCode),
                        Timestamp.from(BeijingTime.now()))
                .update();
    }

    /** The sealed copies of one kind and how each compares with the content now. */
    public List<Check> checks(String applicationNumber, PrintedForms.Kind kind, String currentSha256) {
        List<String> printedDigests = printed.of(applicationNumber, kind).stream().map(PrintedForms.Printed::sha256).toList();
        return documents.of(applicationNumber).stream().filter(d -> d.kind() == kind.sealedAs())
                .map(d -> row(d).map(r -> compare(d, r, currentSha256, printedDigests))
                        .orElseGet(() -> new Check(d.id(), d.fileName(), d.uploadedAt(), null, false, null, currentSha256,
                                Result.UNVERIFIED, Result.UNVERIFIED.displayName())))
                .toList();
    }

    private record Row(String expected, String found, boolean foundNumber, String declared) {
    }

    private Optional<Row> row(Document d) {
        return jdbc.sql("select * from sealed_form_check where document_id = ?").param(d.id())
                .query((rs, n) -> new Row(rs.getString("expected_sha256"), rs.getString("found_sha256"),
                        rs.getBoolean("found_number"), rs.getString("declared_code")))
                .optional();
    }

    private static Check compare(Document d, Row r, String current, List<String> printedDigests) {
        Result result;
        if (r.found() != null) {
            result = r.found().equals(current) && r.foundNumber() ? Result.MATCHES
                    : printedDigests.contains(r.found()) ? Result.OUTDATED : Result.DIFFERENT;
        } else if (r.declared() != null) {
            result = r.expected().equals(current) ? Result.DECLARED : Result.DECLARED_OUTDATED;
        } else {
            result = Result.UNVERIFIED;
        }
        return new Check(d.id(), d.fileName(), d.uploadedAt(), r.found(), r.foundNumber(), r.declared(), current, result,
                result.displayName());
    }

    private String text(Document document) {
        try (InputStream in = store.openVerified(document);
                PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES_READ);
            return stripper.getText(pdf);
        } catch (IOException | RuntimeException e) {
            log.info("Sealed copy {} has no readable text: {}", document.id(), e.toString());
            return "";
        }
    }

    private static String normalise(String code) {
        String plain = code.strip().toUpperCase().replaceAll("[^0-9A-F]", "");
        return plain.length() == 8 ? plain.substring(0, 4) + "-" + plain.substring(4) : code.strip().toUpperCase();
    }
}
