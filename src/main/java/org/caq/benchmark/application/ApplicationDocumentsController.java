package org.caq.benchmark.application;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.caq.benchmark.documents.Document;
import org.caq.benchmark.documents.DocumentKind;
import org.caq.benchmark.documents.DocumentStore;
import org.caq.benchmark.documents.Documents;
import org.caq.benchmark.documents.PrintedForms;
import org.caq.benchmark.documents.SealedForms;
import org.caq.benchmark.InvalidInput;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application's materials. Upload is the raw file as the request body (no multipart), so it streams
 * straight to the store: {@code POST /api/applications/{number}/documents?kind=EXPERIENCE&fileName=经验.pdf}.
 */
@RestController
class ApplicationDocumentsController {

    private final ApplicationAccess access;
    private final Applications applications;
    private final Documents documents;
    private final DocumentStore store;
    private final SealedForms sealedForms;

    ApplicationDocumentsController(ApplicationAccess access, Applications applications, Documents documents,
            DocumentStore store, SealedForms sealedForms) {
        this.access = access;
        this.applications = applications;
        this.documents = documents;
        this.store = store;
        this.sealedForms = sealedForms;
    }

    @GetMapping("/api/applications/{number}/documents")
    List<Document> list(@PathVariable String number) {
        access.readable(number);
        return documents.of(number);
    }

    /**
     * {@code declaredCode}: for a sealed 申报书, the 核验码 printed on it as the uploader reads it off the scan (refused
     * when it is not the current content's); a PDF that still carries its text is matched without it.
     */
    @PostMapping("/api/applications/{number}/documents")
    ResponseEntity<Document> upload(@PathVariable String number, @RequestParam DocumentKind kind,
            @RequestParam String fileName, @RequestParam(required = false) String declaredCode,
            HttpServletRequest request) throws IOException {
        Applications.Case application = access.editable(number);
        if (kind == DocumentKind.SEALED_RECOMMENDATION) {
            throw new InvalidInput("加盖公章的推荐表由推荐单位上传，申报单位不能上传。");
        }
        String digest = ApplicationDigest.of(application);
        if (kind == DocumentKind.SEALED_FORM) {
            SealedForms.requireDeclaredCode(declaredCode, digest);
        }
        store.checkDeclaredLength(number, request.getContentLengthLong());
        try (InputStream body = request.getInputStream()) {
            Document document = store.save(number, kind, fileName, body, access.userId(),
                    () -> applications.lock(number).filter(locked -> locked.status().isEditable())
                            .orElseThrow(() -> new ApplicationAccess.NotEditable(application)));
            if (kind == DocumentKind.SEALED_FORM) {
                sealedForms.check(document, PrintedForms.Kind.APPLICATION_FORM, digest, declaredCode);
            }
            return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
        }
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id) {
        Document document = visible(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(new InputStreamResource(store.openVerified(document)));
    }

    @DeleteMapping("/api/documents/{id}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable String id) {
        Document document = visible(id);
        Applications.Case application = access.editable(document.applicationNumber());
        applications.lock(application.number()).filter(locked -> locked.status().isEditable())
                .orElseThrow(() -> new ApplicationAccess.NotEditable(application));
        store.remove(document);
        return ResponseEntity.noContent().build();
    }

    private Document visible(String id) {
        Document document = documents.find(id).orElseThrow(() -> new ApplicationAccess.NotVisible("材料 " + id));
        access.readable(document.applicationNumber());
        return document;
    }
}
