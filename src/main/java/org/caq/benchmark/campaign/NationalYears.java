package org.caq.benchmark.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.caq.benchmark.InvalidInput;
import org.springframework.core.io.ClassPathResource;

/**
 * Rules one year's national notice fixed for that year only ({@code directory/national-years.csv}): 2012's 1-2 per unit
 * and at most 50 titles (seed 000 §五). Read once; a year without a row follows the standing rules of seed 001.
 */
public final class NationalYears {

    /** One year's rules and the notice they come from. */
    public record YearRule(int year, int unitQuota, int maxTitles, String source) {

        /** The final list may confer no more titles than the year allows. */
        public void requireTitlesWithin(int titles) {
            if (titles > maxTitles) {
                throw new InvalidInput(year + "年全国质量标杆不超过 " + maxTitles + " 个（" + source + "），遴选结果名单有 "
                        + titles + " 个：请在“不列入遴选结果的申报”中写明不列入的申报及理由，减少到 " + maxTitles + " 个以内。");
            }
        }
    }

    private static final List<YearRule> SHIPPED = parse(new ClassPathResource("directory/national-years.csv"));

    private NationalYears() {
    }

    public static Optional<YearRule> of(int year) {
        return SHIPPED.stream().filter(rule -> rule.year() == year).findFirst();
    }

    static List<YearRule> parse(ClassPathResource file) {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("year,"))
                    .map(line -> line.split(",", -1))
                    .map(cells -> new YearRule(Integer.parseInt(cells[0].trim()), Integer.parseInt(cells[1].trim()),
                            Integer.parseInt(cells[2].trim()), cells[3].trim()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
