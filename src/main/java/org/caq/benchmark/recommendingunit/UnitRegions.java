package org.caq.benchmark.recommendingunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The regions each regional unit of the national directory recommends from (directory/unit-regions.csv), by GB/T 2260
 * prefix; a unit not listed (a national industry association) recommends by industry, whatever the region.
 */
@Component
public class UnitRegions {

    static final Resource FILE = new ClassPathResource("directory/unit-regions.csv");

    private final Map<String, List<String>> byUnit;

    UnitRegions() {
        this(FILE);
    }

    UnitRegions(Resource file) {
        byUnit = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .forEach(line -> {
                        String[] cells = line.split(",", -1);
                        if (cells.length != 2 || !cells[1].trim().matches("\\d{2,6}( \\d{2,6})*")) {
                            throw new IllegalStateException("Unit region line needs code,regions (GB/T 2260 prefixes): " + line);
                        }
                        byUnit.put(cells[0].trim(), Arrays.asList(cells[1].trim().split(" ")));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The region prefixes of a regional unit; nothing for a unit that recommends by industry. */
    public Optional<List<String>> of(String unitCode) {
        return Optional.ofNullable(byUnit.get(unitCode));
    }

    /** Whether the unit takes an enterprise registered in this region (six-digit GB/T 2260 code). */
    public boolean covers(String unitCode, String regionCode) {
        return of(unitCode).map(prefixes -> prefixes.stream().anyMatch(regionCode::startsWith)).orElse(true);
    }

    Map<String, List<String>> all() {
        return byUnit;
    }
}
