package org.caq.benchmark.printing;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An A4 portrait document in the typography of seed 001 annex 3: titles 黑体小二 centred, "摘要"-style headings 宋体四号
 * bold centred, text 宋体小四 single-spaced, table captions and tables 宋体五号. A footer on every page carries what
 * identifies the document (number, digest) and the page number. 宋体/黑体 are Noto Serif/Sans CJK SC ({@link PdfFonts}).
 */
public final class PdfSheet {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PdfSheet.class);

    private static final float XIAO_ER = 18f;
    private static final float SI_HAO = 14f;
    private static final float XIAO_SI = 12f;
    private static final float WU_HAO = 10.5f;
    private static final float FOOTER = 8f;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 72, 72, 72, 72);

    private PdfSheet(String documentTitle, String footer) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(footer));
        document.addTitle(documentTitle);
        document.addCreator("质量标杆遴选管理系统");
        document.open();
    }

    /** A new document; {@code footer} is printed at the foot of every page, before the page number. */
    public static PdfSheet a4(String documentTitle, String footer) {
        return new PdfSheet(documentTitle, footer);
    }

    /** 黑体小二号居中. */
    public PdfSheet title(String text) {
        return centred(nz(text), new Font(PdfFonts.SANS, XIAO_ER), 18);
    }

    /** 宋体四号居中. */
    public PdfSheet subtitle(String text) {
        return centred(nz(text), new Font(PdfFonts.SERIF, SI_HAO), 12);
    }

    /** 宋体四号居中加粗 (as "摘要"). */
    public PdfSheet heading(String text) {
        Paragraph p = new Paragraph(bold(text, SI_HAO));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return add(p);
    }

    /** A numbered part of a form (一、基本情况): 宋体小四 bold, left. */
    public PdfSheet section(String text) {
        Paragraph p = new Paragraph(bold(text, XIAO_SI));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return add(p);
    }

    /** Body text: 宋体小四, single spacing, paragraphs indented by two characters. */
    public PdfSheet paragraphs(String text) {
        for (String line : nz(text).split("\\R")) {
            Paragraph p = new Paragraph(XIAO_SI * 1.3f, line, new Font(PdfFonts.SERIF, XIAO_SI));
            p.setFirstLineIndent(2 * XIAO_SI);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            add(p);
        }
        return this;
    }

    /** One line of 宋体小四, not indented. */
    public PdfSheet line(String text) {
        return add(new Paragraph(XIAO_SI * 1.5f, nz(text), new Font(PdfFonts.SERIF, XIAO_SI)));
    }

    /** A small note in 宋体五号. */
    public PdfSheet note(String text) {
        Paragraph p = new Paragraph(WU_HAO * 1.4f, nz(text), new Font(PdfFonts.SERIF, WU_HAO));
        p.setSpacingBefore(6);
        return add(p);
    }

    /** Caption and value pairs in a ruled two-column table (captions bold), 宋体五号. */
    public PdfSheet fields(List<List<String>> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});
        table.setWidthPercentage(100);
        for (List<String> pair : pairs) {
            table.addCell(cell(bold(pair.get(0), WU_HAO)));
            table.addCell(cell(new Phrase(WU_HAO * 1.4f, nz(pair.get(1)), new Font(PdfFonts.SERIF, WU_HAO))));
        }
        return add(table);
    }

    /** A ruled table: table caption above it, centred and bold (宋体五号加粗), then headers and rows. */
    public PdfSheet table(String caption, List<String> headers, List<List<String>> rows, float[] widths) {
        if (caption != null) {
            Paragraph p = new Paragraph(bold(caption, WU_HAO));
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingBefore(8);
            p.setSpacingAfter(4);
            add(p);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(bold(h, WU_HAO))));
        for (List<String> row : rows) {
            row.forEach(value -> table.addCell(cell(new Phrase(WU_HAO * 1.4f, nz(value), new Font(PdfFonts.SERIF, WU_HAO)))));
        }
        return add(table);
    }

    /** A framed box of lines, for what must be found at a glance (the 核验码). */
    public PdfSheet box(List<String> lines) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        Paragraph content = new Paragraph(XIAO_SI * 1.5f, "", new Font(PdfFonts.SERIF, XIAO_SI));
        lines.forEach(l -> content.add(new Phrase(XIAO_SI * 1.5f, nz(l) + "\n", new Font(PdfFonts.SERIF, XIAO_SI))));
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(6);
        table.addCell(cell);
        return add(table);
    }

    /** Space to sign and seal, right-aligned, after some room. */
    public PdfSheet seal(List<String> lines) {
        Paragraph p = new Paragraph(XIAO_SI * 2.2f, "", new Font(PdfFonts.SERIF, XIAO_SI));
        p.setSpacingBefore(30);
        p.setAlignment(Element.ALIGN_RIGHT);
        lines.forEach(l -> p.add(new Phrase(XIAO_SI * 2.2f, nz(l) + "\n", new Font(PdfFonts.SERIF, XIAO_SI))));
        return add(p);
    }

    public PdfSheet newPage() {
        document.newPage();
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfSheet centred(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return add(p);
    }

    /** The fonts have no bold face: bold is drawn as fill and a thin stroke of the same glyphs. */
    private static Phrase bold(String text, float size) {
        Chunk chunk = new Chunk(nz(text), new Font(PdfFonts.SERIF, size));
        chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, null);
        // the phrase's own font (used for any text it adds itself) must be an embedded one too
        Phrase phrase = new Phrase(size * 1.4f, "", new Font(PdfFonts.SERIF, size));
        phrase.add(chunk);
        return phrase;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private PdfSheet add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the document", e);
        }
        return this;
    }

    /** The text, with any character the embedded fonts cannot draw shown as □ (and logged) instead of vanishing. */
    private static String nz(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder drawable = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || (PdfFonts.SERIF.charExists(c) && PdfFonts.SANS.charExists(c))) {
                drawable.appendCodePoint(c);
            } else {
                log.warn("Character U+{} is not in the embedded fonts; printed as □", Integer.toHexString(c).toUpperCase());
                drawable.append('□');
            }
        });
        return drawable.toString();
    }

    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Phrase footer = new Phrase(nz(text) + "　第 " + writer.getPageNumber() + " 页", new Font(PdfFonts.SERIF, FOOTER));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 36, 0);
        }
    }
}
