package org.caq.benchmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The element ids and message names Java needs are spelt once, in this package: a renamed task or message then
 * breaks one constant (and this test), not a string somewhere in a stage package that silently stops matching.
 */
class ModelNamesTest {

    private static final Path MAIN = Path.of("src/main/java/org/caq/benchmark");
    private static final Pattern ELEMENT_ID = Pattern.compile("<bpmn:(\\w+)\\b[^>]*?\\sid=\"([^\"]+)\"");
    private static final Pattern MESSAGE_NAME = Pattern.compile("<bpmn:(?:message|signal)\\b[^>]*?\\sname=\"([^\"]+)\"");
    private static final Set<String> NOT_ELEMENTS = Set.of("definitions", "process", "collaboration", "participant",
            "message", "signal", "error", "escalation", "lane", "laneSet", "group", "category", "categoryValue");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_][\\w-]*)\"");
    private static final Pattern CONSTANT = Pattern.compile("public static final String \\w+ = \"([^\"]*)\";");
    private static final Pattern ID_LIKE = Pattern.compile(
            "(?:Activity|Event|StartEvent|EndEvent|Gateway|UserTask|ServiceTask|SendTask|CallActivity|SubProcess|Task)_\\w+");

    @Test
    void no_stage_package_spells_an_element_id_or_message_name_of_a_model() throws IOException {
        Set<String> names = modelNames();
        List<String> bare = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (file.startsWith(MAIN.resolve("model"))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LITERAL.matcher(lines.get(i));
                while (m.find()) {
                    if (names.contains(m.group(1))) {
                        bare.add(MAIN.relativize(file) + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(bare).as("element ids and message names spelt outside org.caq.benchmark.model").isEmpty();
    }

    @Test
    void every_element_id_named_here_is_in_a_model() throws IOException {
        // or in an earlier version kept for its running cases (src/test/resources/models-before-*)
        Set<String> names = modelNames();
        try (Stream<Path> earlier = Files.list(Path.of("src/test/resources"))) {
            for (Path directory : earlier.filter(d -> d.getFileName().toString().startsWith("models-before-")).toList()) {
                names.addAll(namesIn(directory));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (Path file : javaFiles(MAIN.resolve("model"))) {
            Matcher m = CONSTANT.matcher(Files.readString(file));
            while (m.find()) {
                if (ID_LIKE.matcher(m.group(1)).matches() && !names.contains(m.group(1))) {
                    unknown.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).as("constants naming an element no model has").isEmpty();
    }

    private static Set<String> modelNames() throws IOException {
        Set<String> names = namesIn(Path.of("processes"));
        assertThat(names).as("names read from processes/*.bpmn").hasSizeGreaterThan(100);
        return names;
    }

    private static Set<String> namesIn(Path directory) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> models = Files.list(directory)) {
            for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                Matcher element = ELEMENT_ID.matcher(xml);
                while (element.find()) {
                    if (!NOT_ELEMENTS.contains(element.group(1)) && !element.group(1).startsWith("BPMN")) {
                        names.add(element.group(2));
                    }
                }
                Matcher message = MESSAGE_NAME.matcher(xml);
                while (message.find()) {
                    names.add(message.group(1));
                }
            }
        }
        return names;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
