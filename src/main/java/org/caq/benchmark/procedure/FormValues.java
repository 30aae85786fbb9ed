package org.caq.benchmark.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.InvalidInput;

/**
 * Submitted form values, converted and checked on the server. Camunda Forms submit untyped values (a number
 * as Integer or Double, a date as a String), and a REST client may send anything; each reader names the field
 * by its Chinese label, the rule and the value it got.
 */
public final class FormValues {

    private final Map<String, Object> values;

    public FormValues(Map<String, Object> values) {
        this.values = values;
    }

    public String text(String key, String label, int maxLength) {
        Object value = values.get(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new InvalidInput(label + "为必填项。");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidInput(label + "不得超过 " + maxLength + " 字（当前 " + length + " 字）。");
        }
        return text;
    }

    public int integer(String key, String label, int min, int max) {
        Object value = values.get(key);
        long number;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            number = Long.parseLong(s.strip());
        } else {
            throw new InvalidInput(label + "须为整数（当前值：" + value + "）。");
        }
        if (number < min || number > max) {
            throw new InvalidInput(label + "须在 " + min + " 至 " + max + " 之间（当前值：" + number + "）。");
        }
        return (int) number;
    }

    public LocalDate date(String key, String label) {
        Object value = values.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new InvalidInput(label + "须为 YYYY-MM-DD 格式的日期（当前值：" + value + "）。");
    }

    /** A list typed one entry per line; blank lines are dropped. */
    public List<String> lines(String key, String label, int maxEntries, int maxEntryLength) {
        List<String> entries = Arrays.stream(text(key, label, maxEntries * (maxEntryLength + 1)).split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (entries.size() > maxEntries) {
            throw new InvalidInput(label + "最多 " + maxEntries + " 项（当前 " + entries.size() + " 项）。");
        }
        for (String entry : entries) {
            int length = entry.codePointCount(0, entry.length());
            if (length > maxEntryLength) {
                throw new InvalidInput(label + "每项不得超过 " + maxEntryLength + " 字（“" + entry + "”为 " + length + " 字）。");
            }
        }
        return entries;
    }
}
