package org.caq.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a generated PDF back with PDFBox: its text, after checking that every character is drawn from an embedded font
 * that has a glyph for it. A PDF whose text extracts but shows nothing (a font without the glyphs) fails here.
 */
public final class PdfText {

    private PdfText() {
    }

    /** The text without any white space, as a table cell may break a long digest over lines. */
    public static String flat(byte[] pdf) {
        return of(pdf).replaceAll("\\s+", "");
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> problems = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    if (!font.isEmbedded()) {
                        problems.add("font " + font.getName() + " not embedded");
                    }
                    for (int code : text.getCharacterCodes()) {
                        try {
                            if (font instanceof PDType0Font type0 && !type0.hasGlyph(code)) {
                                problems.add("no glyph for '" + text.getUnicode() + "' in " + font.getName());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(document);
            if (!problems.isEmpty()) {
                throw new AssertionError("PDF does not render all its text: " + problems.stream().distinct().limit(10).toList());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
