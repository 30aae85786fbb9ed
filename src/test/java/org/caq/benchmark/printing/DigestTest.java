package org.caq.benchmark.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void gives_the_sha256_of_the_utf8_text_and_its_first_eight_digits_as_the_verification_code() {
        String digest = Digest.sha256("质量标杆");
        assertThat(digest).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(Digest.sha256("质量标杆")).isNotEqualTo(Digest.sha256("质量标杆 "));
        assertThat(Digest.code(digest)).matches("[0-9A-F]{4}-[0-9A-F]{4}")
                .isEqualTo(digest.substring(0, 4).toUpperCase() + "-" + digest.substring(4, 8).toUpperCase());
    }

    @Test
    void lays_out_chinese_text_in_embedded_fonts_that_draw_every_character() {
        byte[] pdf = PdfSheet.a4("测试", "页脚 SHA-256 " + Digest.sha256("x")).title("黑体标题").heading("摘要")
                .paragraphs("宋体正文：堃喆昇玥①■，ASCII 123。\uD840\uDC00").table("表1　标题", java.util.List.of("甲", "乙"),
                        java.util.List.of(java.util.List.of("一", "二")), new float[] {1, 1}).finish();
        assertThat(org.caq.benchmark.PdfText.flat(pdf)).contains("黑体标题", "摘要", "宋体正文：堃喆昇玥①■，ASCII123。□", "表1　标题",
                Digest.sha256("x"), "第1页");
    }
}
