package org.caq.benchmark.campaign;

import static org.caq.benchmark.model.CampaignProcess.APPLICATION_CLOSES;
import static org.caq.benchmark.model.CampaignProcess.APPLICATION_OPENS;
import static org.caq.benchmark.model.CampaignProcess.FOCUS_AREAS;
import static org.caq.benchmark.model.CampaignProcess.LEVEL;
import static org.caq.benchmark.model.CampaignProcess.ORGANISER;
import static org.caq.benchmark.model.CampaignProcess.OTHER_PROVINCE;
import static org.caq.benchmark.model.CampaignProcess.PROVINCE;
import static org.caq.benchmark.model.CampaignProcess.PROVINCE_OTHER;
import static org.caq.benchmark.model.CampaignProcess.QUOTA_ADJUSTMENTS;
import static org.caq.benchmark.model.CampaignProcess.RAN_OWN_ACTIVITY_UNITS;
import static org.caq.benchmark.model.CampaignProcess.RECOMMENDATION_DEADLINE;
import static org.caq.benchmark.model.CampaignProcess.RESULTS_DUE_BY;
import static org.caq.benchmark.model.CampaignProcess.WITH_PUBLICITY;
import static org.caq.benchmark.model.CampaignProcess.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.procedure.FormValues;
import org.caq.benchmark.recommendingunit.LevelRule;
import org.caq.benchmark.recommendingunit.RecommendingUnit;

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

    /** A valid start form: the campaign, whether its list is publicised, and the quota of every unit of its directory. */
    record Request(Campaign campaign, boolean withPublicity, Map<String, Integer> quotas) {
    }

    static Request parse(Map<String, Object> variables, Function<String, List<RecommendingUnit>> directories,
            Function<String, LevelRule> rules, LocalDate today) {
        Campaign campaign = campaign(variables, directories, today);
        FormValues form = new FormValues(variables);
        resultsDueBy(variables, campaign);
        boolean withPublicity = withPublicity(variables, rules.apply(campaign.directory()));
        List<String> ranOwnActivity = campaign.level() == CampaignLevel.NATIONAL
                ? form.optionalList(RAN_OWN_ACTIVITY_UNITS, "开展过质量标杆活动的推荐单位") : List.of();
        Optional<NationalYears.YearRule> year = campaign.level() == CampaignLevel.NATIONAL
                ? NationalYears.of(campaign.year()) : Optional.empty();
        Map<String, Integer> quotas = QuotaSettings.quotas(directories.apply(campaign.directory()), ranOwnActivity,
                form.optionalLines(QUOTA_ADJUSTMENTS, "名额调整", 100, 60), year);
        return new Request(campaign, withPublicity, quotas);
    }

    /**
     * Publicity unless the office says otherwise, and only where the level's notice leaves it out: nationally Art. 21
     * publishes the list; Shandong's notice publishes its results; Jiangsu's has no publicity (seed 002).
     */
    private static boolean withPublicity(Map<String, Object> variables, LevelRule rule) {
        boolean with = variables.get(WITH_PUBLICITY) == null || new FormValues(variables).bool(WITH_PUBLICITY);
        if (!with && rule.publicityRequired()) {
            throw new InvalidInput("本级遴选的通知规定评审结果须经公示（" + rule.titleName() + "），不能选择不公示：请勾选“公示初评名单”。");
        }
        return with;
    }

    private static Campaign campaign(Map<String, Object> variables,
            Function<String, List<RecommendingUnit>> directories, LocalDate today) {
        FormValues form = new FormValues(variables);
        int year = form.integer(YEAR, "年度", FIRST_YEAR, today.getYear() + 1);
        CampaignLevel level = CampaignLevel.of(form.line(LEVEL, "遴选级别", 16));
        String province = level == CampaignLevel.PROVINCIAL ? province(form, directories) : null;
        String organiser = form.line(ORGANISER, "组织单位", MAX_ORGANISER);
        List<String> focusAreas = form.lines(FOCUS_AREAS, "重点关注领域", MAX_FOCUS_AREAS, MAX_FOCUS_AREA);
        LocalDate opens = form.date(APPLICATION_OPENS, "申报开始日期");
        LocalDate closes = form.date(APPLICATION_CLOSES, "申报截止日期");
        LocalDate deadline = form.date(RECOMMENDATION_DEADLINE, "推荐截止日期");
        checkDates(year, opens, closes, deadline);
        return new Campaign(Campaign.numberOf(year, level, province), year, level, province, organiser, focusAreas,
                opens, closes, deadline);
    }

    /**
     * The day a notice sets for deciding and publishing the results (Jiangsu 2016 §五 "省经信委于7月底前确定…并正式发布"),
     * if the office gives one: after the recommendation deadline, within the campaign's year. Read again by
     * {@link ResultsDueDates} when the deciding tasks open.
     */
    static Optional<LocalDate> resultsDueBy(Map<String, Object> variables, Campaign campaign) {
        if (variables.get(RESULTS_DUE_BY) == null || variables.get(RESULTS_DUE_BY).toString().isBlank()) {
            return Optional.empty();
        }
        LocalDate due = new FormValues(variables).date(RESULTS_DUE_BY, "遴选结果确定和发布期限");
        if (!due.isAfter(campaign.recommendationDeadline()) || due.getYear() != campaign.year()) {
            throw new InvalidInput("遴选结果确定和发布期限须晚于推荐截止日期（" + campaign.recommendationDeadline() + "），且在"
                    + campaign.year() + "年内（当前值：" + due + "）。");
        }
        return Optional.of(due);
    }

    /**
     * The province of the form: one the form lists, or (option "other") one an administrator added with its directory and
     * level rules (Measures Art. 7); either way it must have a directory.
     */
    private static String province(FormValues form, Function<String, List<RecommendingUnit>> directories) {
        String province = form.line(PROVINCE, "省份", 32);
        if (PROVINCE_OTHER.equals(province)) {
            province = form.line(OTHER_PROVINCE, "省份代码", 39);
        }
        if (RecommendingUnit.NATIONAL.equals(province) || directories.apply(province).isEmpty()) {
            throw new InvalidInput("省份 " + province + " 尚无本省推荐单位名录，无法发起省级遴选：请联系系统管理员添加名录后再发起。");
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
        if (!deadline.isAfter(closes)) {
            throw new InvalidInput("推荐截止日期须晚于申报截止日期 " + closes + "，给推荐单位留出审核时间（当前值：" + deadline + "）。");
        }
    }
}
