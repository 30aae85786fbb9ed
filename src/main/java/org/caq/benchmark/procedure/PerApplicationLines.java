package org.caq.benchmark.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caq.benchmark.InvalidInput;

/**
 * Form text typed one application per line as {@code 申报编号：内容} (ministry comments, their handling, applications
 * left off the final list), each number on the list the form is about.
 */
public final class PerApplicationLines {

    public static final int MAX_TEXT = 1000;

    private PerApplicationLines() {
    }

    /** Application number → text, in the order typed. {@code listName} names the list in the refusal. */
    public static Map<String, String> parse(List<String> lines, Set<String> listed, String label, String listName) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s*[：:]\\s*", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new InvalidInput(label + "格式应为“申报编号：内容”，每行一项（当前行：" + line + "）。");
            }
            if (!listed.contains(parts[0])) {
                throw new InvalidInput("申报 " + parts[0] + " 不在" + listName + "上。");
            }
            if (parts[1].length() > MAX_TEXT) {
                throw new InvalidInput(label + "每项不得超过 " + MAX_TEXT + " 字（" + parts[0] + "）。");
            }
            result.put(parts[0], parts[1].strip());
        }
        return result;
    }
}
