package org.caq.benchmark.worklist;

import java.util.Optional;
import org.caq.benchmark.application.ApplicationProcess;
import org.caq.benchmark.campaign.CampaignProcess;
import org.caq.benchmark.publicity.PublicityProcess;
import org.caq.benchmark.review.DeliberationProcess;
import org.caq.benchmark.review.GroupTemplate;
import org.caq.benchmark.review.ReviewProcess;
import org.caq.benchmark.review.ReviewStage;
import org.caq.benchmark.title.TitleProcess;
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

    Optional<String> of(String processKey, String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        return switch (processKey) {
            case ApplicationProcess.KEY -> application(businessKey);
            case ReviewProcess.KEY -> review(businessKey.split("/"));
            case DeliberationProcess.KEY -> deliberation(businessKey.split("/"));
            case CampaignProcess.KEY -> campaign(businessKey);
            case PublicityProcess.OBJECTION_KEY -> objection(businessKey);
            case TitleProcess.KEY -> title(businessKey);
            case TitleProcess.REVOCATION_KEY -> revocation(businessKey);
            default -> Optional.empty();
        };
    }

    private Optional<String> application(String number) {
        return jdbc.sql("select enterprise_name, enterprise_short_name from application where number = ?").param(number)
                .query((rs, n) -> number + " " + shortName(rs.getString("enterprise_name"), rs.getString("enterprise_short_name")))
                .optional();
    }

    private Optional<String> review(String[] key) {
        if (key.length != 3) {
            return Optional.empty();
        }
        String stage = stageName(key[1]);
        return application(key[0]).map(label -> label + "（" + stage + "）");
    }

    private Optional<String> deliberation(String[] key) {
        if (key.length != 3) {
            return Optional.empty();
        }
        String group = GroupTemplate.valueOf(key[2]).displayName();
        return campaign(key[0]).map(label -> label + " " + group + "（" + stageName(key[1]) + "）");
    }

    private Optional<String> campaign(String number) {
        return jdbc.sql("select campaign_year, level, organiser from campaign where number = ?").param(number)
                .query((rs, n) -> rs.getInt("campaign_year") + "年" + ("national".equals(rs.getString("level")) ? "全国" : rs.getString("organiser"))
                        + "质量标杆遴选").optional();
    }

    private Optional<String> objection(String number) {
        return jdbc.sql("select application_number from objection where number = ?").param(number)
                .query(String.class).optional().flatMap(this::application).map(label -> number + "（针对 " + label + "）");
    }

    private Optional<String> title(String number) {
        return jdbc.sql("select application_number from benchmark_title where number = ?").param(number)
                .query(String.class).optional().flatMap(this::application)
                .map(label -> number + " " + label.substring(label.indexOf(' ') + 1));
    }

    private Optional<String> revocation(String number) {
        return jdbc.sql("select title_number from revocation where number = ?").param(number)
                .query(String.class).optional().flatMap(this::title);
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
