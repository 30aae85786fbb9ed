package org.caq.benchmark.recommendingunit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The rules of each level, read once from {@code directory/level-rules.csv}: a change to who decides or whether a
 * province publicises is a reviewed change to that file, like a change to a directory. Like the provinces'
 * directories, the shipped file is read from the classpath ({@code classpath*:directory/level-rules.csv}), then the one
 * in the installation's folder named by {@code benchmark.directory.folder}: an installation adds a province's level
 * without a rebuild by putting its {@code provinces/<province>.csv} and a {@code level-rules.csv} holding its row in
 * that folder (docs/administration.md, decision 0063; the simulation adds its generated provinces the same way). A
 * directory defined twice, or a broken row, is refused at start-up with its file and line.
 */
@Component
public class LevelRules {

    static final String FILES = "level-rules.csv";

    private final Map<String, LevelRule> byDirectory;

    /** The shipped rules only (tests of the parsers). */
    public LevelRules() {
        this("");
    }

    @Autowired
    LevelRules(@Value("${" + DirectoryFiles.FOLDER_PROPERTY + ":}") String folder) {
        this(DirectoryFiles.find(FILES, folder).stream().flatMap(file -> parse(file).stream()).toList());
    }

    LevelRules(List<LevelRule> rules) {
        byDirectory = new LinkedHashMap<>();
        rules.forEach(rule -> {
            if (byDirectory.put(rule.directory(), rule) != null) {
                throw new IllegalStateException("Two rows for " + rule.directory() + " in the level-rules.csv files");
            }
        });
    }

    /** The rules of a directory ({@code national} or a province); every directory has a row. */
    public LevelRule of(String directory) {
        LevelRule rule = byDirectory.get(directory);
        if (rule == null) {
            throw new IllegalStateException("No row for " + directory + " in directory/level-rules.csv");
        }
        return rule;
    }

    /** Whether the directory has its row (a province's directory without one is refused at start-up). */
    public boolean has(String directory) {
        return byDirectory.containsKey(directory);
    }

    public List<LevelRule> all() {
        return List.copyOf(byDirectory.values());
    }

    static List<LevelRule> parse(Resource file) {
        return DirectoryFiles.lines(file, "directory,").stream().map(LevelRules::parseLine).toList();
    }

    private static LevelRule parseLine(DirectoryFiles.Line line) {
        String[] cells = line.text().split(",", -1);
        if (cells.length != 11) {
            throw line.error("a level rule needs 11 cells, directory,title_name,office_name,approver_group,approver_name,"
                    + "publicity,revoker_group,revoker_name,revocation_basis,national_preference,nominations_per_unit; found "
                    + cells.length + " (text cells use full-width commas)");
        }
        if (!RecommendingUnitDirectory.CODE.matcher(cells[0].trim()).matches()) {
            throw line.error("directory " + cells[0].trim() + " must be lower-case letters, digits and hyphens");
        }
        if (!List.of("REQUIRED", "OPTIONAL").contains(cells[5].trim())) {
            throw line.error("publicity " + cells[5].trim() + " must be REQUIRED or OPTIONAL");
        }
        if (!cells[10].trim().matches("\\d*")) {
            throw line.error("nominations_per_unit " + cells[10].trim() + " must be a number or empty");
        }
        for (int i : new int[] {1, 2, 3, 4, 6, 7, 8}) {
            if (cells[i].isBlank()) {
                throw line.error("cell " + (i + 1) + " (" + List.of("directory", "title_name", "office_name", "approver_group",
                        "approver_name", "publicity", "revoker_group", "revoker_name", "revocation_basis").get(i) + ") is empty");
            }
        }
        return new LevelRule(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim(),
                "REQUIRED".equals(cells[5].trim()), cells[6].trim(), cells[7].trim(), cells[8].trim(), cells[9].trim(),
                cells[10].isBlank() ? null : Integer.valueOf(cells[10].trim()));
    }
}
