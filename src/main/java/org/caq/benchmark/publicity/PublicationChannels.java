package org.caq.benchmark.publicity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.procedure.FormValues;

/**
 * The channels chosen on the publicity or announcement form, checked on the server (the form's "required" runs in the
 * browser only): at least one, only the offered ones, for a national campaign every channel its article names, and a
 * note naming the media or other channel where one is ticked. Kept as codes plus the note.
 */
public record PublicationChannels(List<PublicationChannel> chosen, String note) {

    public static final int NOTE_MAX = 500;

    public static PublicationChannels read(FormValues form, String key, String noteKey, List<PublicationChannel> offered,
            List<PublicationChannel> required, String article) {
        List<String> values = form.optionalList(key, "发布渠道");
        String allowed = offered.stream().map(c -> c.value() + "（" + c.displayName() + "）").collect(Collectors.joining("、"));
        if (values.isEmpty()) {
            throw new InvalidInput("请选择发布渠道（至少一项）：" + allowed + "。");
        }
        List<PublicationChannel> chosen = new ArrayList<>();
        for (String value : values) {
            PublicationChannel channel = PublicationChannel.of(value).filter(offered::contains).orElseThrow(
                    () -> new InvalidInput("发布渠道只能是 " + allowed + "（当前值：" + value + "）。"));
            if (!chosen.contains(channel)) {
                chosen.add(channel);
            }
        }
        List<String> missing = required.stream().filter(c -> !chosen.contains(c)).map(PublicationChannel::displayName).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput(article + "要求在" + names(required) + "发布，尚未选择：" + String.join("、", missing) + "。");
        }
        String note = form.optionalText(noteKey, "其他发布渠道说明", NOTE_MAX);
        List<String> unnamed = chosen.stream().filter(PublicationChannel::needsNote).map(PublicationChannel::displayName).toList();
        if (!unnamed.isEmpty() && (note == null || note.isBlank())) {
            throw new InvalidInput("已选择“" + String.join("”“", unnamed) + "”，请在发布渠道说明中写明具体媒体或渠道名称（不超过 "
                    + NOTE_MAX + " 字）。");
        }
        return new PublicationChannels(List.copyOf(chosen), note == null || note.isBlank() ? null : note.strip());
    }

    /** The codes as kept in the case record. */
    public String codes() {
        return chosen.stream().map(PublicationChannel::value).collect(Collectors.joining(","));
    }

    /** Read back from the record; a list published before channels were recorded keeps its free text as the note. */
    public static PublicationChannels stored(String codes, String note) {
        List<PublicationChannel> chosen = codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(c -> PublicationChannel.of(c).orElseThrow()).toList();
        return new PublicationChannels(chosen, note);
    }

    /** As people read it: 中国质量协会网站、…、相关媒体（说明）. */
    public String display() {
        String names = names(chosen);
        return note == null ? names : names.isEmpty() ? note : names + "（" + note + "）";
    }

    private static String names(List<PublicationChannel> channels) {
        return channels.stream().map(PublicationChannel::displayName).collect(Collectors.joining("、"));
    }
}
