package org.caq.benchmark.documents;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The file types accepted, each recognised by its extension and by the first bytes of its content, so that a
 * renamed executable is refused whatever it is called. DOCX, PPTX and ZIP share the ZIP signature, DOC and PPT the
 * OLE one; an MP4 names its {@code ftyp} box at byte 4.
 */
enum FileType {
    PDF("application/pdf", List.of("pdf"), "25504446"),
    DOC("application/msword", List.of("doc"), "d0cf11e0a1b11ae1"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), "504b0304"),
    JPG("image/jpeg", List.of("jpg", "jpeg"), "ffd8ff"),
    PNG("image/png", List.of("png"), "89504e470d0a1a0a"),
    ZIP("application/zip", List.of("zip"), "504b0304"),
    RAR("application/vnd.rar", List.of("rar"), "526172211a07"),
    PPT("application/vnd.ms-powerpoint", List.of("ppt"), "d0cf11e0a1b11ae1"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), "504b0304"),
    MP4("video/mp4", List.of("mp4"), 4, "66747970");

    static final int SIGNATURE_BYTES = 8;

    private final String contentType;
    private final List<String> extensions;
    private final int offset;
    private final byte[] signature;

    FileType(String contentType, List<String> extensions, String signatureHex) {
        this(contentType, extensions, 0, signatureHex);
    }

    FileType(String contentType, List<String> extensions, int offset, String signatureHex) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.offset = offset;
        this.signature = HexFormat.of().parseHex(signatureHex);
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase();
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    boolean matches(byte[] head, int length) {
        if (length < offset + signature.length) {
            return false;
        }
        return Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
    }
}
