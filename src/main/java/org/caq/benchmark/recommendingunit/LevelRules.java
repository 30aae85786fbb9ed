package org.caq.benchmark.recommendingunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rules of each level, read once from {@code directory/level-rules.csv}: a change to who decides or whether a
 * province publicises is a reviewed change to that file, like a change to a directory. Like the provinces'
 * directories ({@code classpath*:directory/provinces/*.csv}), the file is read from every classpath root that holds
 * one: an installation adds a province's level without a rebuild by an extra root (Spring Boot's
 * {@code loader.path}) with its {@code directory/provinces/<province>.csv} and a {@code directory/level-rules.csv}
 * holding its row. A directory defined twice is refused at start-up.
 */
@Component
public class LevelRules {

    static final String FILES = "classpath*:directory/level-rules.csv";

    private final Map<String, LevelRule> byDirectory;

    public LevelRules() {
        this(files().stream().flatMap(file -> parse(file).stream()).toList());
    }

    LevelRules(List<LevelRule> rules) {
        byDirectory = new LinkedHashMap<>();
        rules.forEach(rule -> {
            if (byDirectory.put(rule.directory(), rule) != null) {
                throw new IllegalStateException("Two rows for " + rule.directory() + " in the level-rules.csv files");
            }
        });
    }

    static List<Resource> files() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(FILES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + FILES, e);
        }
    }

    /** The rules of a directory ({@code national} or a province); every directory has a row. */
    public LevelRule of(String directory) {
        LevelRule rule = byDirectory.get(directory);
        if (rule == null) {
            throw new IllegalStateException("No row for " + directory + " in directory/level-rules.csv");
        }
        return rule;
    }

    public List<LevelRule> all() {
        return List.copyOf(byDirectory.values());
    }

    static List<LevelRule> parse(Resource file) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("directory,"))
                    .map(LevelRules::parseLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static LevelRule parseLine(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 11 || !cells[10].trim().matches("\\d*") || !List.of("REQUIRED", "OPTIONAL").contains(cells[5].trim())) {
            throw new IllegalStateException("Level rule needs directory,title_name,office_name,approver_group,"
                    + "approver_name,publicity (REQUIRED or OPTIONAL),revoker_group,revoker_name,revocation_basis,"
                    + "national_preference,nominations_per_unit (a number or empty): " + line);
        }
        return new LevelRule(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim(),
                "REQUIRED".equals(cells[5].trim()), cells[6].trim(), cells[7].trim(), cells[8].trim(), cells[9].trim(),
                cells[10].isBlank() ? null : Integer.valueOf(cells[10].trim()));
    }
}
