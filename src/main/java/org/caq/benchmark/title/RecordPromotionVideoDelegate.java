package org.caq.benchmark.title;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.model.TitleProcess;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * A national title holder's promotional video, 30 minutes in three parts recorded as such (seed 001 annex 3 §1(4):
 * 1 minute with the speaker on camera, 28 minutes of slides with audio, 1 minute of product or brand), and its
 * commitment to CAQ's exchange activities (Art. 23). The video is large: the holder gives where it can be fetched.
 */
@Component
class RecordPromotionVideoDelegate implements JavaDelegate {

    static final int VIDEO_MINUTES = 30;
    /** The parts in order: the form field, what the part shows, and its minutes. */
    record Part(String field, String content, int minutes) {
    }

    static final List<Part> PARTS = List.of(
            new Part(TitleProcess.VIDEO_SPEAKER_MINUTES, "第一部分（包含演讲者图像的录像）", 1),
            new Part(TitleProcess.VIDEO_PRESENTATION_MINUTES, "第二部分（PPT 画面和音频的经验介绍演示）", 28),
            new Part(TitleProcess.VIDEO_PRODUCT_MINUTES, "第三部分（企业产品或品牌形象展示）", 1));

    private final Titles titles;
    private final TitleCases cases;

    RecordPromotionVideoDelegate(Titles titles, TitleCases cases) {
        this.titles = titles;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormValues form = new FormValues(execution.getVariables());
        String url = form.line(TitleProcess.VIDEO_URL, "视频下载地址", 500);
        if (!url.matches("^https?://\\S+$")) {
            throw new InvalidInput("视频下载地址须以 http:// 或 https:// 开头且不含空格（当前值：" + url + "）。");
        }
        List<Integer> parts = cases.askedForVideoParts(execution) ? parts(form) : legacyTotal(form);
        if (!form.bool(TitleProcess.VIDEO_STRUCTURE_CONFIRMED)) {
            throw new InvalidInput("请确认视频按三部分录制（1 分钟演讲者录像、28 分钟 PPT 配音讲解、1 分钟产品或品牌展示）。");
        }
        if (!form.bool(TitleProcess.EXCHANGE_CONFIRMED)) {
            throw new InvalidInput("质量标杆单位有义务参加中国质量协会举办的经验交流活动（第二十三条），请确认参加。");
        }
        titles.recordVideo(cases.of(execution).number(), url, parts);
    }

    private static List<Integer> parts(FormValues form) {
        List<Integer> minutes = new ArrayList<>();
        for (Part part : PARTS) {
            int given = form.integer(part.field(), "宣传视频" + part.content() + "时长（分钟）", 0, 600);
            if (given != part.minutes()) {
                throw new InvalidInput("宣传视频" + part.content() + "须为 " + part.minutes() + " 分钟（当前值：" + given
                        + "）：全片 " + VIDEO_MINUTES + " 分钟，依次为 1 分钟演讲者录像、28 分钟 PPT 配音讲解、1 分钟产品或品牌展示。");
            }
            minutes.add(given);
        }
        return minutes;
    }

    /** A case started before the parts were asked shows the old form, with the total only; its parts stay unknown. */
    private static List<Integer> legacyTotal(FormValues form) {
        int minutes = form.integer(TitleProcess.VIDEO_MINUTES, "视频总时长（分钟）", 1, 600);
        if (minutes != VIDEO_MINUTES) {
            throw new InvalidInput("宣传视频总时长须为 " + VIDEO_MINUTES + " 分钟（当前值：" + minutes + "）：1 分钟演讲者录像、28 分钟 PPT 配音讲解、1 分钟产品或品牌展示。");
        }
        return List.of();
    }
}
