package org.caq.benchmark.campaign;

import static org.caq.benchmark.campaign.CampaignProcess.APPLICATION_CLOSES;
import static org.caq.benchmark.campaign.CampaignProcess.APPLICATION_OPENS;
import static org.caq.benchmark.campaign.CampaignProcess.FOCUS_AREAS;
import static org.caq.benchmark.campaign.CampaignProcess.LEVEL;
import static org.caq.benchmark.campaign.CampaignProcess.ORGANISER;
import static org.caq.benchmark.campaign.CampaignProcess.PROVINCE;
import static org.caq.benchmark.campaign.CampaignProcess.RECOMMENDATION_DEADLINE;
import static org.caq.benchmark.campaign.CampaignProcess.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.FormValues;

/**
 * Reads the campaign start form on the server. The browser checks the same rules, but only as a convenience:
 * a start through the REST API arrives here unchecked.
 */
final class CampaignForm {

    static final int FIRST_YEAR = 2012;
    static final int MAX_ORGANISER = 100;
    static final int MAX_FOCUS_AREAS = 20;
    static final int MAX_FOCUS_AREA = 50;

    private CampaignForm() {
    }

    static Campaign parse(Map<String, Object> variables, Set<String> provinceCodes, LocalDate today) {
        FormValues form = new FormValues(variables);
        int year = form.integer(YEAR, "年度", FIRST_YEAR, today.getYear() + 1);
        CampaignLevel level = CampaignLevel.of(form.text(LEVEL, "遴选级别", 16));
        String province = level == CampaignLevel.PROVINCIAL ? province(form, provinceCodes) : null;
        String organiser = form.text(ORGANISER, "组织单位", MAX_ORGANISER);
        List<String> focusAreas = form.lines(FOCUS_AREAS, "重点关注领域", MAX_FOCUS_AREAS, MAX_FOCUS_AREA);
        LocalDate opens = form.date(APPLICATION_OPENS, "申报开始日期");
        LocalDate closes = form.date(APPLICATION_CLOSES, "申报截止日期");
        LocalDate deadline = form.date(RECOMMENDATION_DEADLINE, "推荐截止日期");
        checkDates(year, opens, closes, deadline);
        return new Campaign(Campaign.numberOf(year, level, province), year, level, province, organiser, focusAreas,
                opens, closes, deadline);
    }

    private static String province(FormValues form, Set<String> provinceCodes) {
        String province = form.text(PROVINCE, "省份", 32);
        if (!provinceCodes.contains(province)) {
            throw new InvalidInput("省份无效（当前值：" + province + "）：请从推荐单位名录的 31 个省、自治区、直辖市中选择。");
        }
        return province;
    }

    private static void checkDates(int year, LocalDate opens, LocalDate closes, LocalDate deadline) {
        if (opens.getYear() != year) {
            throw new InvalidInput("申报开始日期须在" + year + "年内（当前值：" + opens + "）。");
        }
        if (!closes.isAfter(opens)) {
            throw new InvalidInput("申报截止日期须晚于申报开始日期 " + opens + "（当前值：" + closes + "）。");
        }
        if (deadline.isBefore(closes)) {
            throw new InvalidInput("推荐截止日期不得早于申报截止日期 " + closes + "（当前值：" + deadline + "）。");
        }
    }
}
