package org.caq.benchmark.campaign;

import java.time.LocalDate;
import java.util.List;

/** The settings of one annual selection, as the office fixed them when starting it. */
public record Campaign(
        String number,
        int year,
        CampaignLevel level,
        String province,
        String organiser,
        List<String> focusAreas,
        LocalDate applicationOpens,
        LocalDate applicationCloses,
        LocalDate recommendationDeadline) {

    /** The readable number that is also the business key: {@code 2026-national}, {@code 2026-jiangsu}. */
    static String numberOf(int year, CampaignLevel level, String province) {
        return year + "-" + (level == CampaignLevel.NATIONAL ? level.value() : province);
    }
}
