package org.caq.benchmark.procedure;

import java.util.Optional;
import org.caq.benchmark.InvalidInput;

/**
 * Text a person typed, as the system keeps it: no control characters (NUL, ESC, BEL…: PostgreSQL refuses NUL in
 * text with an SQL error, the others garble or fake what a reader sees), no bidirectional controls (a
 * right-to-left override shows "exe.txt" for "txt.exe"), no unpaired surrogates. A single line has no line break
 * either; a multi-line text keeps line feeds and tabs, its CR LF and lone CR become LF. Every check names the field.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A name, a number, a file name: one line. */
    public static String line(String value, String label) {
        if (value != null) {
            firstRefused(value, false).ifPresent(codePoint -> refuse(label, codePoint, false));
        }
        return value;
    }

    /** A reason, a comment, a description: several lines; line breaks come back as LF. */
    public static String text(String value, String label) {
        if (value == null) {
            return null;
        }
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        firstRefused(normalised, true).ifPresent(codePoint -> refuse(label, codePoint, true));
        return normalised;
    }

    /** The first character a text may not contain, if any. */
    public static Optional<Integer> firstRefused(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (refused(codePoint, multiLine)) {
                return Optional.of(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static boolean refused(int c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\t' || c == '\r')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                || isBidiControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean isBidiControl(int c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** How a refused character is named to the person: its code point and what it is. */
    public static String describe(int codePoint) {
        String kind = codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028' || codePoint == '\u2029'
                ? "换行符" : isBidiControl(codePoint) ? "文字方向控制字符"
                : Character.getType(codePoint) == Character.SURROGATE ? "不完整的 Unicode 字符" : "控制字符";
        return kind + "（U+%04X）".formatted(codePoint);
    }

    private static void refuse(String label, int codePoint, boolean multiLine) {
        boolean lineBreak = codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028' || codePoint == '\u2029';
        String allowed = lineBreak && !multiLine ? "须为单行文字" : multiLine ? "只能包含可见文字、空格、制表符和换行" : "只能包含可见文字和空格";
        throw new InvalidInput(label + "含有不允许的" + describe(codePoint) + "：" + allowed + "，请删除后重新提交。");
    }
}
