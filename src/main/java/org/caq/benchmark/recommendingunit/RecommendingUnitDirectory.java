package org.caq.benchmark.recommendingunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the directories of recommending units from the data files kept in the repository, so that a change to
 * an official list is a reviewed change to {@code directory/recommending-units.csv} (national) or
 * {@code directory/provinces/<province>.csv} (a provincial selection).
 */
@Component
public class RecommendingUnitDirectory implements InitializingBean {

    static final Resource NATIONAL_FILE = new ClassPathResource("directory/recommending-units.csv");
    static final String PROVINCE_FILES = "classpath*:directory/provinces/*.csv";
    private static final Logger log = LoggerFactory.getLogger(RecommendingUnitDirectory.class);

    private final RecommendingUnits units;

    RecommendingUnitDirectory(RecommendingUnits units) {
        this.units = units;
    }

    @Override
    public void afterPropertiesSet() {
        List<RecommendingUnit> all = new ArrayList<>(parse(NATIONAL_FILE, RecommendingUnit.NATIONAL));
        for (Resource file : provinceFiles()) {
            all.addAll(parse(file, file.getFilename().replace(".csv", "")));
        }
        units.saveAll(all);
        log.info("Recommending-unit directories loaded: {} units", all.size());
    }

    static List<Resource> provinceFiles() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(PROVINCE_FILES))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + PROVINCE_FILES, e);
        }
    }

    static List<RecommendingUnit> parse(Resource file, String directory) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            List<RecommendingUnit> result = new ArrayList<>();
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .forEach(line -> result.add(parseLine(line, directory)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static RecommendingUnit parseLine(String line, String directory) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalStateException("Directory line needs code,name,kind,default_quota: " + line);
        }
        return new RecommendingUnit(cells[0].trim(), directory, cells[1].trim(),
                RecommendingUnit.Kind.valueOf(cells[2].trim()), Integer.parseInt(cells[3].trim()));
    }
}
