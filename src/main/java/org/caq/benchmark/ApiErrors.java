package org.caq.benchmark;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** How the project's own API answers a refusal: the HTTP status that fits and a Chinese message. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInput e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "缺少请求参数 " + e.getParameterName() + "：请按接口说明填写。");
    }

    /** A parameter that cannot be read as its type: says which, what was sent, and what is allowed. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String allowed = type == null ? "与接口说明一致的值"
                : type.isEnum() ? "以下之一：" + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"))
                : Set.of(Integer.class, int.class, Long.class, long.class).contains(type) ? "整数"
                : "与接口说明一致的值";
        return answer(HttpStatus.BAD_REQUEST, "请求参数 " + e.getName() + " 的值无效（当前值：" + e.getValue() + "）：须为" + allowed + "。");
    }

    /** A body that is no JSON, or a JSON object or array where a text (or number) is expected. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return answer(HttpStatus.BAD_REQUEST, "请求内容有误：字段 " + field + " 的类型不对（须为"
                    + (String.class.equals(mismatch.getTargetType()) ? "文字，不能是 JSON 对象或数组" : "与接口说明一致的类型") + "）。");
        }
        return answer(HttpStatus.BAD_REQUEST, "请求内容无法读取：须为有效的 JSON（Content-Type: application/json）。");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型（" + e.getContentType() + "）：请按接口说明发送。");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大：证明材料不得超过 10 MB。");
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<Map<String, String>> uploadTooLarge(TooLarge e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<Map<String, String>> conflict(StateConflict e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DamagedRecord.class)
    ResponseEntity<Map<String, String>> corrupt(DamagedRecord e) {
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
