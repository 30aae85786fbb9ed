package org.caq.benchmark.application;

import java.util.List;
import org.caq.benchmark.documents.PrintedForms;
import org.caq.benchmark.documents.SealedForms;
import org.caq.benchmark.printing.Digest;
import org.caq.benchmark.printing.Downloads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application's printable documents: the 申报书 to seal (its printing is recorded with the digest on it), the
 * receipts of each hand-over, and how the uploaded sealed copies compare with the content. Who may see the
 * application may see these ({@link ApplicationAccess}); nobody else learns they exist.
 */
@RestController
class ApplicationPrintsController {

    private final ApplicationAccess access;
    private final ApplicationFormPdf formPdf;
    private final ReceiptPdf receiptPdf;
    private final Receipts receipts;
    private final PrintedForms printed;
    private final SealedForms sealed;

    ApplicationPrintsController(ApplicationAccess access, ApplicationFormPdf formPdf, ReceiptPdf receiptPdf,
            Receipts receipts, PrintedForms printed, SealedForms sealed) {
        this.access = access;
        this.formPdf = formPdf;
        this.receiptPdf = receiptPdf;
        this.receipts = receipts;
        this.printed = printed;
        this.sealed = sealed;
    }

    record ReceiptView(String number, String occasion, java.time.Instant submittedAt, String submittedBy,
            String contentSha256, int materials) {
    }

    record SealedFormsView(String applicationNumber, String expectedSha256, String expectedCode,
            List<PrintedVersion> printed, List<SealedForms.Check> applicationForms,
            List<SealedForms.Check> recommendationForms) {
    }

    /** A printed version: when and which digest, never who printed it (an expert printing it must stay unknown, Art. 15). */
    record PrintedVersion(String sha256, java.time.Instant printedAt) {
    }

    @GetMapping("/api/applications/{number}/application-form.pdf")
    org.springframework.http.ResponseEntity<byte[]> applicationForm(@PathVariable String number) {
        Applications.Case application = access.readable(number);
        ApplicationFormPdf.Printed pdf = formPdf.print(application);
        printed.record(number, PrintedForms.Kind.APPLICATION_FORM, pdf.digest(), access.userId());
        return Downloads.pdf(number + "-申报书.pdf", pdf.pdf());
    }

    @GetMapping("/api/applications/{number}/sealed-forms")
    SealedFormsView sealedForms(@PathVariable String number) {
        Applications.Case application = access.readable(number);
        String digest = ApplicationDigest.of(application);
        return new SealedFormsView(number, digest, Digest.code(digest),
                printed.of(number, PrintedForms.Kind.APPLICATION_FORM).stream()
                        .map(p -> new PrintedVersion(p.sha256(), p.printedAt())).toList(),
                sealed.checks(number, PrintedForms.Kind.APPLICATION_FORM, digest),
                sealed.checks(number, PrintedForms.Kind.RECOMMENDATION_FORM, RecommendationDigest.of(application)));
    }

    @GetMapping("/api/applications/{number}/receipts")
    List<ReceiptView> receipts(@PathVariable String number) {
        access.readable(number);
        return receipts.of(number).stream().map(r -> new ReceiptView(r.number(), r.occasion().displayName(),
                r.submittedAt(), r.submittedBy(), r.contentSha256(), r.materials().size())).toList();
    }

    @GetMapping("/api/receipts/{receipt}.pdf")
    org.springframework.http.ResponseEntity<byte[]> receipt(@PathVariable String receipt) {
        Receipts.Receipt found = receipts.find(receipt)
                .orElseThrow(() -> new ApplicationAccess.NotVisible("回执 " + receipt));
        Applications.Case application = access.readable(found.applicationNumber());
        return Downloads.pdf(receipt + "-申报回执.pdf", receiptPdf.print(found, application));
    }
}
