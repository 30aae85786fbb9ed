package org.caq.benchmark.title;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.FormValues;
import org.springframework.stereotype.Component;

/**
 * The holder's promotional video, 30 minutes in three parts (seed 001 annex 3 §1(4)), and its commitment to the
 * exchange activities (Art. 23). The video is large: the holder gives where it can be fetched, not the file.
 */
@Component
class RecordPromotionVideoDelegate implements JavaDelegate {

    static final int VIDEO_MINUTES = 30;

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
        int minutes = form.integer(TitleProcess.VIDEO_MINUTES, "视频总时长（分钟）", 1, 600);
        if (minutes != VIDEO_MINUTES) {
            throw new InvalidInput("宣传视频总时长须为 " + VIDEO_MINUTES + " 分钟（当前值：" + minutes + "）：1 分钟演讲者录像、28 分钟 PPT 配音讲解、1 分钟产品或品牌展示。");
        }
        if (!form.bool(TitleProcess.VIDEO_STRUCTURE_CONFIRMED)) {
            throw new InvalidInput("请确认视频按三部分录制（1 分钟演讲者录像、28 分钟 PPT 配音讲解、1 分钟产品或品牌展示）。");
        }
        if (!form.bool(TitleProcess.EXCHANGE_CONFIRMED)) {
            throw new InvalidInput("质量标杆单位有义务参加中国质量协会举办的经验交流活动（第二十三条），请确认参加。");
        }
        titles.recordVideo(cases.of(execution).number(), url);
    }
}
