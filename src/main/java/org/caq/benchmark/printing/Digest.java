package org.caq.benchmark.printing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text, as printed on the documents (64 lower-case hex digits) and its short 核验码. */
public final class Digest {

    private Digest() {
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first eight hex digits, upper case, as "ABCD-1234": short enough to read off a scan and type. */
    public static String code(String sha256) {
        String head = sha256.substring(0, 8).toUpperCase();
        return head.substring(0, 4) + "-" + head.substring(4);
    }
}
