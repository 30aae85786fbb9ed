package org.caq.benchmark.printing;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two faces every generated PDF embeds, read once from the classpath (src/main/resources/fonts, OFL): Noto Serif
 * CJK SC for 宋体 and Noto Sans CJK SC for 黑体. Never a font of the machine, so a PDF looks the same wherever it is made.
 */
final class PdfFonts {

    static final BaseFont SERIF = load("NotoSerifSC-Regular-subset.ttf");
    static final BaseFont SANS = load("NotoSansSC-Regular-subset.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
            }
            // IDENTITY_H with embedding: each document carries the subset of glyphs it uses
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }
}
