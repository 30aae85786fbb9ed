package org.caq.benchmark.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caq.benchmark.BenchmarkSpringTest;
import org.caq.benchmark.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps speak Chinese (decision 0010): each app's served zh.json translates every key of the en.json
 * that Camunda ships, keeps its placeholders, and the served config.js offers zh as fallback next to en.
 */
@BenchmarkSpringTest
class ChineseWebappsIT {

    /** Values that stay as they are in Chinese: product names, abbreviations, moment.js formats. */
    private static final Set<String> KEPT = Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON",
            "L", "HH:mm", "dddd LT", "YYYY-MM-DD", "YYYY-MM-DDTHH:mm:ss");
    /** Interpolations, markup (not the angle-bracketed words like {@code <null>}), moment.js and count slots. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{[^}]*}}|</?(a|br|strong)\\b[^>]*>|%[sd]|\\{}|&[a-z]+;");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @LocalServerPort int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void translates_every_english_label(String app) throws Exception {
        Map<String, JsonNode> english = leaves(fetch("/camunda/app/" + app + "/locales/en.json"));
        Map<String, JsonNode> chinese = leaves(fetch("/camunda/app/" + app + "/locales/zh.json"));

        List<String> problems = new ArrayList<>();
        english.forEach((key, value) -> {
            JsonNode translated = chinese.get(key);
            if (translated == null) {
                problems.add("missing " + key);
            } else if (value.isTextual()) {
                problems.addAll(check(key, value.asText(), translated.asText()));
            }
        });
        assertThat(english).as("en.json of " + app).hasSizeGreaterThan(100);
        assertThat(problems).as(app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void offers_chinese_first_and_english(String app) {
        String config = fetch("/camunda/app/" + app + "/scripts/config.js");

        Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
        assertThat(available.find()).as("availableLocales in " + app).isTrue();
        assertThat(available.group(1)).contains("'zh'", "'en'");
        assertThat(config).containsPattern("fallbackLocale:\\s*'zh'");
    }

    @Test
    void keeps_the_audit_trail_plugin_in_cockpit_and_the_staff_notices_in_every_webapp() {
        assertThat(fetch("/camunda/app/cockpit/scripts/config.js")).contains("customScripts: ['benchmark/audit-trail', 'benchmark/notices']");
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(fetch("/camunda/app/" + app + "/scripts/config.js")).as(app).contains("'benchmark/notices'");
            assertThat(fetch("/camunda/app/" + app + "/benchmark/notices.js")).as(app).contains("from '/webapp/notices.js'");
        }
        assertThat(fetch("/webapp/notices.js")).contains("/api/calendar/readiness");
    }

    @Test
    void names_the_system_in_every_webapp_and_hides_the_camunda_8_banner() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(fetch("/camunda/app/" + app + "/scripts/config.js")).as(app).contains("vendor: '质量标杆遴选管理系统'");
            assertThat(fetch("/camunda/app/" + app + "/styles/user-styles.css")).as(app).startsWith("@charset \"UTF-8\";")
                    .contains(".ce-eol-banner").contains("content: \"质量标杆遴选管理系统\"");
        }
    }

    private static List<String> check(String key, String english, String chinese) {
        List<String> problems = new ArrayList<>();
        if (!placeholders(english).equals(placeholders(chinese))) {
            problems.add("placeholders of " + key + ": " + chinese);
        }
        boolean kept = KEPT.contains(chinese) || !LATIN.matcher(chinese).find();
        if (!kept && (chinese.equals(english) || !CHINESE.matcher(chinese).find())) {
            problems.add("untranslated " + key + ": " + chinese);
        }
        return problems;
    }

    private static List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        // Chinese has its own word order: the same placeholders, in any order.
        found.sort(null);
        return found;
    }

    private String fetch(String path) {
        HttpResponse<String> response = new WebSession(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static Map<String, JsonNode> leaves(String json) throws Exception {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", new ObjectMapper().readTree(json.replace("\uFEFF", "")), leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }
}
