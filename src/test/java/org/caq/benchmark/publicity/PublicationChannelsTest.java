package org.caq.benchmark.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.PublicityProcess;
import org.caq.benchmark.procedure.FormValues;
import org.junit.jupiter.api.Test;

/** Measures Art. 21/22: where the list and the announcement are published, as the office ticks it. */
class PublicationChannelsTest {

    private static final String ART_21 = "第二十一条";

    private static PublicationChannels publicity(Object channels, String note, boolean national) {
        Map<String, Object> form = new HashMap<>();
        form.put("channels", channels);
        form.put("note", note);
        return PublicationChannels.read(new FormValues(form), "channels", "note", PublicationChannel.PUBLICITY,
                national ? PublicationChannel.PUBLICITY_NATIONAL : List.of(), ART_21);
    }

    @Test
    void requires_every_channel_article_21_names_for_a_national_list_and_keeps_them_in_order() {
        assertThatThrownBy(() -> publicity(List.of("caq-website", "benchmark-wechat"), null, true)).isInstanceOf(InvalidInput.class)
                .hasMessage("第二十一条要求在中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号发布，尚未选择：工信部科技司网站。");
        PublicationChannels channels = publicity("benchmark-wechat,caq-website,miit-sti-website,caq-website", null, true);
        assertThat(channels.codes()).isEqualTo("benchmark-wechat,caq-website,miit-sti-website");
        assertThat(channels.display()).isEqualTo("全国质量标杆微信公众号、中国质量协会网站、工信部科技司网站");
    }

    @Test
    void refuses_no_channel_an_unknown_one_and_one_offered_only_for_the_announcement_naming_what_is_allowed() {
        for (Object none : new Object[] {null, "", List.of()}) {
            assertThatThrownBy(() -> publicity(none, null, false)).isInstanceOf(InvalidInput.class)
                    .hasMessageStartingWith("请选择发布渠道（至少一项）：caq-website（中国质量协会网站）、miit-sti-website（工信部科技司网站）");
        }
        for (String wrong : List.of("weibo", "media", "miit-website", "CAQ-WEBSITE")) {
            assertThatThrownBy(() -> publicity(List.of(wrong), null, false)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("发布渠道只能是").hasMessageContaining("当前值：" + wrong);
        }
        assertThatThrownBy(() -> publicity(Map.of("caq-website", true), null, false)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("发布渠道须为列表");
    }

    @Test
    void asks_the_name_of_any_other_channel_and_lets_a_province_publish_on_its_own_site() {
        assertThatThrownBy(() -> publicity(List.of("provincial-website", "other"), " ", false)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("已选择“其他渠道”，请在发布渠道说明中写明具体媒体或渠道名称");
        assertThatThrownBy(() -> publicity(List.of("other"), "网".repeat(501), false)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("其他发布渠道说明");
        assertThat(publicity(List.of("provincial-website", "other"), " 山东省工业和信息化厅网站 ", false).display())
                .isEqualTo("省工业和信息化主管部门网站、其他渠道（山东省工业和信息化厅网站）");
        assertThat(publicity(List.of("provincial-website"), null, false).note()).isNull();
    }

    @Test
    void requires_the_media_of_article_22_named_for_a_national_announcement() {
        Map<String, Object> form = new HashMap<>(Map.of("channels", List.of("caq-website", "miit-website", "benchmark-wechat", "media")));
        assertThatThrownBy(() -> PublicationChannels.read(new FormValues(form), "channels", "note", PublicationChannel.ANNOUNCEMENT,
                PublicationChannel.ANNOUNCEMENT_NATIONAL, "第二十二条")).hasMessageContaining("已选择“相关媒体”");
        form.put("channels", List.of("caq-website", "miit-website", "benchmark-wechat"));
        assertThatThrownBy(() -> PublicationChannels.read(new FormValues(form), "channels", "note", PublicationChannel.ANNOUNCEMENT,
                PublicationChannel.ANNOUNCEMENT_NATIONAL, "第二十二条")).hasMessageEndingWith("尚未选择：相关媒体。");
        form.put("channels", List.of("caq-website", "miit-website", "benchmark-wechat", "media"));
        form.put("note", "中国质量报");
        assertThat(PublicationChannels.read(new FormValues(form), "channels", "note", PublicationChannel.ANNOUNCEMENT,
                PublicationChannel.ANNOUNCEMENT_NATIONAL, "第二十二条").display())
                .isEqualTo("中国质量协会网站、工信部网站、全国质量标杆微信公众号、相关媒体（中国质量报）");
    }

    @Test
    void keeps_the_free_text_of_a_list_published_before_channels_were_recorded() {
        assertThat(PublicationChannels.stored(null, "https://www.caq.org.cn/").display()).isEqualTo("https://www.caq.org.cn/");
        assertThat(PublicationChannels.stored("caq-website,other", "中国质量网").chosen())
                .containsExactly(PublicationChannel.CAQ_WEBSITE, PublicationChannel.OTHER);
    }

    @Test
    void offers_on_each_form_exactly_the_channels_the_server_accepts() throws IOException {
        assertThat(offered("publish-publicity", PublicityProcess.PUBLICITY_CHANNELS))
                .containsExactlyElementsOf(PublicationChannel.PUBLICITY.stream().map(PublicationChannel::value).toList());
        assertThat(offered("publish-announcement", "announcementChannels"))
                .containsExactlyElementsOf(PublicationChannel.ANNOUNCEMENT.stream().map(PublicationChannel::value).toList());
    }

    private static List<String> offered(String form, String key) throws IOException {
        List<String> values = new ArrayList<>();
        for (JsonNode component : new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components")) {
            if (key.equals(component.path("key").asText())) {
                assertThat(component.path("type").asText()).isEqualTo("checklist");
                assertThat(component.path("validate").path("required").asBoolean()).isTrue();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
            }
        }
        return values;
    }
}
