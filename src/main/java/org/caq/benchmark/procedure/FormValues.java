package org.caq.benchmark.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.caq.benchmark.InvalidInput;

/**
 * Submitted form values, converted and checked on the server. Camunda Forms submit untyped values (a number
 * as Integer or Double, a date as a String), and a REST client may send anything; each reader names the field
 * by its Chinese label, the rule and the value it got.
 */
public final class FormValues {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

    private final Map<String, Object> values;

    public FormValues(Map<String, Object> values) {
        this.values = values;
    }

    /** Whether the submission holds a value for the key at all (an empty list or text counts). */
    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    /** A text of one or more lines (a reason, a description): line breaks come back as LF. */
    public String text(String key, String label, int maxLength) {
        return read(key, label, maxLength, true);
    }

    /** Like {@link #text} but may be empty; empty is answered as null. */
    public String optionalText(String key, String label, int maxLength) {
        return isBlank(key) ? null : text(key, label, maxLength);
    }

    /** A text of one line: a name, a code, a number, an address. */
    public String line(String key, String label, int maxLength) {
        return read(key, label, maxLength, false);
    }

    /** Like {@link #line} but may be empty; empty is answered as null. */
    public String optionalLine(String key, String label, int maxLength) {
        return isBlank(key) ? null : line(key, label, maxLength);
    }

    private String read(String key, String label, int maxLength, boolean multiLine) {
        String raw = textOf(values.get(key), label);
        String text = (multiLine ? PlainText.text(raw, label) : PlainText.line(raw, label)).strip();
        if (text.isEmpty()) {
            throw new InvalidInput(label + "为必填项。");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidInput(label + "不得超过 " + maxLength + " 字（当前 " + length + " 字）。");
        }
        return text;
    }

    private boolean isBlank(String key) {
        Object value = values.get(key);
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }

    /**
     * A value that is a text: typed text, or a number a REST client sent unquoted. A JSON object or array (a Json
     * variable, a map or list) is refused rather than kept as its JSON text.
     */
    private static String textOf(Object value, String label) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof SpinJsonNode json && json.isString()) {
            return json.stringValue();
        }
        throw new InvalidInput(label + "须为文字，不能是 JSON 对象、数组或其他类型的值。");
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

    /**
     * A radio choice: one of {@code options}, given as value, name, value, name… (a process declares them once, for
     * this check and for the audit trail); a refusal names every option. Answers the chosen value.
     */
    public String choice(String key, String label, List<String> options) {
        Object value = values.get(key);
        StringBuilder allowed = new StringBuilder();
        for (int i = 0; i < options.size(); i += 2) {
            if (options.get(i).equals(value)) {
                return options.get(i);
            }
            allowed.append(i == 0 ? "" : i == options.size() - 2 ? "或 " : "、").append(options.get(i)).append("（")
                    .append(options.get(i + 1)).append("）");
        }
        throw new InvalidInput(label + "只能是 " + allowed + "（当前值：" + value + "）。");
    }

    /** A checkbox: true only when ticked (Boolean true or the text "true"). */
    public boolean bool(String key) {
        Object value = values.get(key);
        return value instanceof Boolean b ? b : value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** An amount, e.g. a profit in 10,000 yuan, with at most two decimals. */
    public BigDecimal amount(String key, String label) {
        Object value = values.get(key);
        try {
            BigDecimal amount = new BigDecimal(value == null ? "" : value.toString().strip());
            if (amount.scale() > 2 || amount.abs().compareTo(MAX_AMOUNT) > 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new InvalidInput(label + "须为数字，最多两位小数（当前值：" + value + "）。");
        }
    }

    public LocalDate date(String key, String label) {
        Object value = values.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atZone(BeijingTime.ZONE).toLocalDate();
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

    /** Like {@link #lines} but an empty field is an empty list. */
    public List<String> optionalLines(String key, String label, int maxEntries, int maxEntryLength) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? List.of() : lines(key, label, maxEntries, maxEntryLength);
    }

    /**
     * The values of a checklist or tag list: a JSON array from Camunda Forms (a Spin node), a Java list from the
     * Java API, or comma-separated text from a REST client. Missing means empty.
     */
    public List<String> optionalList(String key, String label) {
        Object value = values.get(key);
        List<Object> entries;
        if (value == null) {
            return List.of();
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            entries = json.elements().stream().<Object>map(e -> e.isString() ? e.stringValue() : e.isNumber() ? e.numberValue() : e)
                    .toList();
        } else if (value instanceof Collection<?> collection) {
            entries = List.copyOf(collection);
        } else if (value instanceof CharSequence text) {
            entries = Arrays.stream(text.toString().split("[,，\\s]+")).filter(entry -> !entry.isBlank()).<Object>map(e -> e)
                    .toList();
        } else {
            throw new InvalidInput(label + "须为列表（JSON 数组或以逗号分隔的文字）。");
        }
        return entries.stream().map(entry -> PlainText.line(textOf(entry, label + "中的每一项"), label)).toList();
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
