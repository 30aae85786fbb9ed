package org.caq.benchmark.worklist;

import java.util.Optional;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.CampaignProcess;
import org.caq.benchmark.model.DeliberationProcess;
import org.caq.benchmark.model.NominationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.ReviewProcess;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.review.GroupTemplate;
import org.caq.benchmark.review.ReviewStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words that tell one case from another in a task list: an application's number and the enterprise's short
 * name, with the stage for a review (评审申报 2026-jiangsu-0002 华东精机（答辩评审）), a campaign's year and level.
 * Only what every performer of the task may see anyway: no objector, no expert, no score.
 */
@Component
class CaseLabels {

    private static final String[] LEGAL_FORMS = {"股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "公司"};
    private static final int SHORT_NAME = 10;

    private final JdbcClient jdbc;

    CaseLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The label of the case a process instance works on, found by the instance itself (each case's record names the
     * instance it belongs to), never by the business key a start or a modification could have given it.
     */
    Optional<String> of(String processKey, String processInstanceId) {
        return switch (processKey) {
            case ApplicationProcess.KEY -> one("select number from application where process_instance_id = ?", processInstanceId)
                    .flatMap(this::application);
            case ReviewProcess.KEY -> review(processInstanceId);
            case DeliberationProcess.KEY -> deliberation(processInstanceId);
            case CampaignProcess.KEY -> one("select number from campaign where process_instance_id = ?", processInstanceId)
                    .flatMap(this::campaign);
            case PublicityProcess.OBJECTION_KEY -> one("select number from objection where process_instance_id = ?", processInstanceId)
                    .flatMap(this::objection);
            case TitleProcess.KEY -> one("select number from benchmark_title where process_instance_id = ?", processInstanceId)
                    .flatMap(this::title);
            case TitleProcess.REVOCATION_KEY -> one("select title_number from revocation where process_instance_id = ?", processInstanceId)
                    .flatMap(this::title);
            case TitleProcess.EXCHANGE_KEY -> jdbc.sql("select number, name from exchange_activity where process_instance_id = ?")
                    .param(processInstanceId).query((rs, n) -> rs.getString("number") + " " + rs.getString("name")).optional();
            case NominationProcess.KEY -> jdbc.sql("select campaign_number, unit_code from national_nomination where process_instance_id = ?")
                    .param(processInstanceId).query((rs, n) -> new String[] {rs.getString("campaign_number"), rs.getString("unit_code")})
                    .optional().flatMap(n -> campaign(n[0]).map(label -> label + " " + unitName(n[1]) + "择优推荐"));
            default -> Optional.empty();
        };
    }

    private String unitName(String code) {
        return one("select name from recommending_unit where code = ?", code).orElse(code);
    }

    private Optional<String> one(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(String.class).optional();
    }

    private Optional<String> application(String number) {
        return jdbc.sql("select enterprise_name, enterprise_short_name from application where number = ?").param(number)
                .query((rs, n) -> number + " " + shortName(rs.getString("enterprise_name"), rs.getString("enterprise_short_name")))
                .optional();
    }

    private Optional<String> review(String processInstanceId) {
        // a review case handed on to another expert holds several assignments, all of one application and stage
        return jdbc.sql("select distinct application_number, stage from review_assignment where process_instance_id = ?").param(processInstanceId)
                .query((rs, n) -> new String[] {rs.getString("application_number"), rs.getString("stage")}).optional()
                .flatMap(r -> application(r[0]).map(label -> label + "（" + stageName(r[1]) + "）"));
    }

    private Optional<String> deliberation(String processInstanceId) {
        return jdbc.sql("select campaign_number, group_code, stage from deliberation_case where process_instance_id = ?")
                .param(processInstanceId)
                .query((rs, n) -> new String[] {rs.getString("campaign_number"), rs.getString("group_code"), rs.getString("stage")})
                .optional().flatMap(d -> campaign(d[0]).map(label -> label + " " + GroupTemplate.valueOf(d[1]).displayName()
                        + "（" + stageName(d[2]) + "）"));
    }

    private Optional<String> campaign(String number) {
        return jdbc.sql("select campaign_year, level, organiser from campaign where number = ?").param(number)
                .query((rs, n) -> rs.getInt("campaign_year") + "年" + ("national".equals(rs.getString("level")) ? "全国" : rs.getString("organiser"))
                        + "质量标杆遴选").optional();
    }

    private Optional<String> objection(String number) {
        return one("select application_number from objection where number = ?", number).flatMap(this::application)
                .map(label -> number + "（针对 " + label + "）");
    }

    private Optional<String> title(String number) {
        return one("select application_number from benchmark_title where number = ?", number).flatMap(this::application)
                .map(label -> number + " " + label.substring(label.indexOf(' ') + 1));
    }

    private static String stageName(String stage) {
        return ReviewStage.valueOf(stage.toUpperCase()).displayName();
    }

    /** The short name the enterprise gave, or its name without the legal form, at most ten characters. */
    static String shortName(String name, String shortName) {
        if (shortName != null && !shortName.isBlank()) {
            return shortName.strip();
        }
        String stem = name.strip();
        for (String form : LEGAL_FORMS) {
            if (stem.endsWith(form)) {
                stem = stem.length() > form.length() ? stem.substring(0, stem.length() - form.length()) : stem;
                break;
            }
        }
        return stem.codePointCount(0, stem.length()) <= SHORT_NAME ? stem : stem.substring(0, stem.offsetByCodePoints(0, SHORT_NAME));
    }
}
