package org.caq.benchmark.campaign;

import java.time.LocalDate;
import java.util.List;
import org.caq.benchmark.model.ProcedureGroup;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

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

    /** The directory whose recommending units take part: the national one, or the province's own. */
    public String directory() {
        return level == CampaignLevel.NATIONAL ? RecommendingUnit.NATIONAL : province;
    }

    /** The office that runs the campaign: the national office, or the province's own (seeds 002, 004). */
    public String officeGroup() {
        return ProcedureGroup.officeOf(directory());
    }

    /** The readable number that is also the business key: {@code 2026-national}, {@code 2026-jiangsu}. */
    public static String numberOf(int year, CampaignLevel level, String province) {
        return year + "-" + (level == CampaignLevel.NATIONAL ? level.value() : province);
    }
}
