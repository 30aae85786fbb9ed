package org.caq.benchmark.recommendingunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the directory of recommending units from the data file kept in the repository, so that a change to
 * the official list is a reviewed change to {@code directory/recommending-units.csv}.
 */
@Component
public class RecommendingUnitDirectory implements InitializingBean {

    static final Resource DATA_FILE = new ClassPathResource("directory/recommending-units.csv");
    private static final Logger log = LoggerFactory.getLogger(RecommendingUnitDirectory.class);

    private final RecommendingUnits units;

    RecommendingUnitDirectory(RecommendingUnits units) {
        this.units = units;
    }

    @Override
    public void afterPropertiesSet() {
        List<RecommendingUnit> parsed = parse(DATA_FILE);
        units.saveAll(parsed);
        log.info("Recommending-unit directory loaded: {} units", parsed.size());
    }

    static List<RecommendingUnit> parse(Resource file) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            List<RecommendingUnit> result = new ArrayList<>();
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .forEach(line -> result.add(parseLine(line)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static RecommendingUnit parseLine(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalStateException("Directory line needs code,name,kind,default_quota: " + line);
        }
        return new RecommendingUnit(cells[0].trim(), cells[1].trim(),
                RecommendingUnit.Kind.valueOf(cells[2].trim()), Integer.parseInt(cells[3].trim()));
    }
}
