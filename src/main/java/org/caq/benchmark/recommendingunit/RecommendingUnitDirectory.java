package org.caq.benchmark.recommendingunit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the directories of recommending units from the data files kept in the repository, so that a change to
 * an official list is a reviewed change to {@code directory/recommending-units.csv} (national) or
 * {@code directory/provinces/<province>.csv} (a provincial selection). A further province's directory comes from an
 * installation's folder ({@code benchmark.directory.folder}, see {@link DirectoryFiles}) without a rebuild. Every line is
 * checked at start-up, and every province needs its row in {@code level-rules.csv}: the application does not start
 * on a broken directory, and says which file and line to fix.
 */
@Component
public class RecommendingUnitDirectory implements InitializingBean {

    static final Resource NATIONAL_FILE = new ClassPathResource("directory/recommending-units.csv");
    static final String PROVINCE_FILES = "provinces/*.csv";
    /** Codes and directory names: lower-case letters, digits and hyphens, as in group ids and campaign numbers. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,38}");
    private static final Set<RecommendingUnit.Kind> PROVINCIAL_KINDS = Set.of(RecommendingUnit.Kind.CITY, RecommendingUnit.Kind.DIRECT);
    private static final int MAX_QUOTA = 5;
    private static final Logger log = LoggerFactory.getLogger(RecommendingUnitDirectory.class);

    private final RecommendingUnits units;
    private final LevelRules rules;
    private final String folder;

    RecommendingUnitDirectory(RecommendingUnits units, LevelRules rules,
            @Value("${" + DirectoryFiles.FOLDER_PROPERTY + ":}") String folder) {
        this.units = units;
        this.rules = rules;
        this.folder = folder;
    }

    @Override
    public void afterPropertiesSet() {
        List<RecommendingUnit> all = load(DirectoryFiles.find(PROVINCE_FILES, folder), rules);
        units.saveAll(all);
        log.info("Recommending-unit directories loaded: {} units", all.size());
    }

    /** The national directory and every province's, checked whole: codes unique, each province with its level rules. */
    static List<RecommendingUnit> load(List<Resource> provinceFiles, LevelRules rules) {
        List<RecommendingUnit> all = new ArrayList<>(parse(NATIONAL_FILE, RecommendingUnit.NATIONAL));
        Map<String, String> seen = new HashMap<>();
        all.forEach(unit -> seen.put(unit.code(), RecommendingUnit.NATIONAL));
        for (Resource file : provinceFiles) {
            String province = file.getFilename().replace(".csv", "");
            if (!CODE.matcher(province).matches() || RecommendingUnit.NATIONAL.equals(province)) {
                throw new IllegalStateException(DirectoryFiles.describe(file) + ": a province's file is named by its code, "
                        + "lower-case letters, digits and hyphens (e.g. zhejiang.csv), not " + file.getFilename());
            }
            if (!rules.has(province)) {
                throw new IllegalStateException(DirectoryFiles.describe(file) + ": province " + province
                        + " has no row in any directory/level-rules.csv: add its title, office, approver and revoker there");
            }
            for (RecommendingUnit unit : parse(file, province)) {
                String other = seen.put(unit.code(), province);
                if (other != null) {
                    throw new IllegalStateException(DirectoryFiles.describe(file) + ": unit code " + unit.code()
                            + " is already used in the " + other + " directory; codes are unique across directories");
                }
                all.add(unit);
            }
        }
        return all;
    }

    static List<RecommendingUnit> parse(Resource file, String directory) {
        return DirectoryFiles.lines(file, "code,").stream().map(line -> parseLine(line, directory)).toList();
    }

    private static RecommendingUnit parseLine(DirectoryFiles.Line line, String directory) {
        String[] cells = line.text().split(",", -1);
        if (cells.length != 4) {
            throw line.error("a directory line needs 4 cells, code,name,kind,default_quota; found " + cells.length);
        }
        String code = cells[0].trim();
        if (!CODE.matcher(code).matches()) {
            throw line.error("code " + code + " must be lower-case letters, digits and hyphens, 2 to 39 characters");
        }
        if (cells[1].isBlank()) {
            throw line.error("the unit's name is empty");
        }
        RecommendingUnit.Kind kind = Arrays.stream(RecommendingUnit.Kind.values()).filter(k -> k.name().equals(cells[2].trim()))
                .findFirst().orElseThrow(() -> line.error("kind " + cells[2].trim() + " is not one of "
                        + Arrays.toString(RecommendingUnit.Kind.values())));
        if (!RecommendingUnit.NATIONAL.equals(directory) && !PROVINCIAL_KINDS.contains(kind)) {
            throw line.error("a province's unit is CITY or DIRECT, not " + kind);
        }
        if (!cells[3].trim().matches("\\d{1,2}") || Integer.parseInt(cells[3].trim()) > MAX_QUOTA) {
            throw line.error("default_quota " + cells[3].trim() + " must be a whole number from 0 to " + MAX_QUOTA);
        }
        return new RecommendingUnit(code, directory, cells[1].trim(), kind, Integer.parseInt(cells[3].trim()));
    }
}
