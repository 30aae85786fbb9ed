package org.caq.benchmark.printing;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a generated file: a PDF opens in the browser (to print), a spreadsheet downloads. Never cached. */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> pdf(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).headers(headers(ContentDisposition.inline(), fileName))
                .body(body);
    }

    public static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX).headers(headers(ContentDisposition.attachment(), fileName)).body(body);
    }

    private static HttpHeaders headers(ContentDisposition.Builder disposition, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName, StandardCharsets.UTF_8).build().toString());
        headers.setCacheControl("no-store");
        return headers;
    }
}
