package org.caq.benchmark.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the expert pool from the file the office maintains ({@code benchmark.experts.file}: CSV, see
 * {@code demo/experts.csv}); experts are added or updated, never removed, since past reviews refer to them.
 * Each expert's {@code user_id} is their login, a member of the {@code committee} group.
 */
@Component
class ExpertPool implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ExpertPool.class);

    private final Experts experts;
    private final Resource file;

    ExpertPool(Experts experts, @Value("${benchmark.experts.file:#{null}}") Resource file) {
        this.experts = experts;
        this.file = file;
    }

    @Override
    public void afterPropertiesSet() {
        if (file == null) {
            log.info("No expert pool file configured (benchmark.experts.file)");
            return;
        }
        List<Expert> pool = parse(file);
        pool.forEach(experts::save);
        log.info("Expert pool loaded from {}: {} experts", file, pool.size());
    }

    static List<Expert> parse(Resource file) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
                    .map(ExpertPool::parseLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the expert pool " + file, e);
        }
    }

    private static Expert parseLine(String line) {
        String[] c = line.split(",", -1);
        if (c.length != 9) {
            throw new IllegalStateException("Expert line needs 9 fields: " + line);
        }
        return new Expert(c[0], c[1], c[2], c[3], new LinkedHashSet<>(Arrays.asList(c[4].split(";"))), c[5], c[6],
                c[7].isBlank() ? null : c[7], Boolean.parseBoolean(c[8]));
    }
}
