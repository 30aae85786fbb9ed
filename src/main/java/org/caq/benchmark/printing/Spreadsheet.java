package org.caq.benchmark.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An .xlsx workbook of plain tables: a bold header row, frozen; numbers stay numbers, so the office can sum them. */
public final class Spreadsheet {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;

    private Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    public static Spreadsheet create() {
        return new Spreadsheet();
    }

    /** A sheet of rows; a cell is a String, a Number or null. */
    public Spreadsheet sheet(String name, List<String> headers, List<? extends List<?>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            widths[i] = width(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<?> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
                if (i < widths.length) {
                    widths[i] = Math.max(widths[i], width(value == null ? "" : value.toString()));
                }
            }
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i] + 2, 80) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    public byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column width in characters: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    }
}
