package org.caq.benchmark.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.caq.benchmark.model.ApplicationProcess;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.model.TitleProcess;
import org.junit.jupiter.api.Test;

/**
 * Today's models throw their messages from visible events, so their delegates do not send them; the versions deployed
 * before issue 16 (src/test/resources/models-before-issue-16) do not, so a case still running on one of them is told
 * by the delegate as before. A catch of the same message (the title's receive task and event sub-process) is no throw.
 */
class ModelMessagesTest {

    private static final Map<String, String> SENT = Map.of("benchmark-exchange", TitleProcess.EXCHANGE_ATTENDED,
            "benchmark-revocation", TitleProcess.TITLE_REVOKED, "benchmark-objection", ApplicationProcess.OBJECTION_UPHELD);

    @Test
    void today_s_models_throw_their_messages_and_the_versions_before_issue_16_do_not() {
        SENT.forEach((key, message) -> {
            assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile()), message))
                    .as(key).isTrue();
            assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("src/test/resources/models-before-issue-16",
                    key + ".bpmn").toFile()), message)).as(key + " before issue 16").isFalse();
        });
        assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes/benchmark-objection.bpmn").toFile()),
                PublicityProcess.OBJECTIONS_SETTLED)).isTrue();
        assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes/benchmark-title.bpmn").toFile()),
                TitleProcess.TITLE_REVOKED)).as("a catch event is no throw").isFalse();
    }

    /** Decision 0083: the two starts Java made are thrown by today's sender models, not by the versions before. */
    @Test
    void today_s_campaign_and_nomination_throw_the_starts_and_the_versions_before_0083_do_not() {
        Map<String, String> starts = Map.of("benchmark-campaign", TitleProcess.TITLE_AWARDED,
                "benchmark-nomination", ApplicationProcess.APPLIED_FROM_NOMINATION);
        starts.forEach((key, message) -> {
            assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile()), message))
                    .as(key).isTrue();
            assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("src/test/resources/models-before-0083",
                    key + ".bpmn").toFile()), message)).as(key + " before 0083").isFalse();
        });
        assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes/benchmark-title.bpmn").toFile()),
                TitleProcess.TITLE_AWARDED)).as("a message start is no throw").isFalse();
        assertThat(ModelMessages.thrownBy(Bpmn.readModelFromFile(Path.of("processes/benchmark-application.bpmn").toFile()),
                ApplicationProcess.APPLIED_FROM_NOMINATION)).as("a message start is no throw").isFalse();
    }
}
