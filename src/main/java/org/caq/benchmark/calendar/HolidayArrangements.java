package org.caq.benchmark.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday arrangements: those shipped in the repository ({@code calendar/<year>.csv}) and those an
 * administrator adds without a rebuild ({@code benchmark.calendar.directory}, same format; a file there wins over a
 * shipped one of the same year). Read anew on every use, so a new year's file counts at once.
 */
@Component
public class HolidayArrangements {

    private final Path directory;

    HolidayArrangements(@Value("${benchmark.calendar.directory:./data/calendar}") Path directory) {
        this.directory = directory;
    }

    public WorkingDayCalendar calendar() {
        Map<Integer, List<String>> files = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.csv")) {
                files.put(year(resource.getFilename()), lines(resource));
            }
            if (Files.isDirectory(directory)) {
                try (Stream<Path> added = Files.list(directory)) {
                    for (Path file : added.filter(f -> f.getFileName().toString().matches("\\d{4}\\.csv")).toList()) {
                        files.put(year(file.getFileName().toString()), Files.readAllLines(file, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday arrangements", e);
        }
        Map<LocalDate, WorkingDayCalendar.Kind> exceptions = new HashMap<>();
        files.forEach((year, content) -> parse(year, content, exceptions));
        return new WorkingDayCalendar(exceptions, files.keySet());
    }

    private static void parse(int year, List<String> lines, Map<LocalDate, WorkingDayCalendar.Kind> exceptions) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            LocalDate day = LocalDate.parse(cells[0].strip());
            if (day.getYear() != year) {
                throw new IllegalStateException(year + ".csv lists a day of another year: " + line);
            }
            exceptions.put(day, WorkingDayCalendar.Kind.valueOf(cells[1].strip()));
        }
    }

    private static int year(String fileName) {
        return Integer.parseInt(fileName.substring(0, 4));
    }

    private static List<String> lines(Resource resource) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
