package org.caq.benchmark.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caq.benchmark.model.CampaignProcess;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday arrangements: those shipped with the system ({@code calendar/<year>.csv}) and those an administrator
 * added in the browser since (table {@code holiday_arrangement}). The added ones are read on every use, so a new
 * year counts at once on every node, without a restart.
 */
@Component
public class HolidayArrangements {

    /** Where an administrator adds a year. */
    public static final String PAGE = "/calendar.html";

    /** The message every case waiting for a missing year catches once a year is added (BPMN message name). */
    public static final String YEAR_ADDED_MESSAGE = CampaignProcess.CALENDAR_YEAR_ADDED;

    private static final Pattern NOTICE = Pattern.compile("（([^（）]*〔\\d{4}〕[^（）]*号)）");

    private final HolidayYears added;
    private final List<Arrangement> shipped;

    HolidayArrangements(HolidayYears added) {
        this.added = added;
        this.shipped = readShipped();
    }

    public WorkingDayCalendar calendar() {
        return calendarOf(all());
    }

    static WorkingDayCalendar calendarOf(List<Arrangement> arrangements) {
        Map<LocalDate, WorkingDayCalendar.Kind> exceptions = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        for (Arrangement arrangement : arrangements) {
            years.add(arrangement.year());
            arrangement.days().forEach(day -> exceptions.put(day.date(), day.kind()));
        }
        return new WorkingDayCalendar(exceptions, Set.copyOf(years));
    }

    /** Every known year, oldest first. */
    public List<Arrangement> all() {
        List<Arrangement> all = new ArrayList<>(shipped);
        all.addAll(added.all());
        all.sort(Comparator.comparingInt(Arrangement::year));
        return all;
    }

    static List<Arrangement> readShipped() {
        List<Arrangement> years = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.csv")) {
                int year = Integer.parseInt(resource.getFilename().substring(0, 4));
                years.add(parse(year, lines(resource)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped holiday arrangements", e);
        }
        return List.copyOf(years);
    }

    private static Arrangement parse(int year, List<String> lines) {
        String notice = null;
        List<Arrangement.Day> days = new ArrayList<>();
        for (String line : lines) {
            Matcher source = NOTICE.matcher(line);
            if (line.startsWith("#") && notice == null && source.find()) {
                notice = source.group(1);
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            LocalDate day = LocalDate.parse(cells[0].strip());
            if (day.getYear() != year) {
                throw new IllegalStateException(year + ".csv lists a day of another year: " + line);
            }
            days.add(new Arrangement.Day(day, WorkingDayCalendar.Kind.valueOf(cells[1].strip()), cells.length > 2 ? cells[2].strip() : ""));
        }
        if (notice == null) {
            throw new IllegalStateException(year + ".csv does not name its notice (a first comment line with 〔year〕…号)");
        }
        return new Arrangement(year, notice, null, null, List.copyOf(days));
    }

    private static List<String> lines(Resource resource) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }
}
