package org.caq.benchmark.documents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caq.benchmark.InvalidInput;
import org.caq.benchmark.printing.Digest;
import org.junit.jupiter.api.Test;

class SealedFormsTest {

    private static final String CONTENT = Digest.sha256("申报内容");

    @Test
    void accepts_the_current_verification_code_however_it_is_typed_or_none() {
        String code = Digest.code(CONTENT);
        for (String typed : new String[] {code, code.toLowerCase(), code.replace("-", ""), " " + code.replace("-", " ") + " ", null, ""}) {
            assertThatCode(() -> SealedForms.requireDeclaredCode(typed, CONTENT)).as(String.valueOf(typed)).doesNotThrowAnyException();
        }
    }

    @Test
    void refuses_a_code_of_other_content_saying_what_to_do() {
        assertThatThrownBy(() -> SealedForms.requireDeclaredCode(Digest.code(Digest.sha256("修改前的内容")), CONTENT))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("请重新打印、盖章后上传");
    }
}
