package org.caq.benchmark.documents;

import java.time.Instant;

/** A stored material: what it is, how large, its SHA-256, and who uploaded it when. */
public record Document(String id, String applicationNumber, DocumentKind kind, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
