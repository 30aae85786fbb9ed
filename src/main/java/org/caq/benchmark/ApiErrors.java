package org.caq.benchmark;

import java.util.Map;
import org.caq.benchmark.application.ApplicationAccess;
import org.caq.benchmark.documents.DocumentStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badParameter(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "请求参数有误：" + e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大：证明材料不得超过 10 MB。");
    }

    @ExceptionHandler(DocumentStore.UploadTooLarge.class)
    ResponseEntity<Map<String, String>> uploadTooLarge(DocumentStore.UploadTooLarge e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(ApplicationAccess.NotVisible.class)
    ResponseEntity<Map<String, String>> notVisible(ApplicationAccess.NotVisible e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ApplicationAccess.NotEditable.class)
    ResponseEntity<Map<String, String>> notEditable(ApplicationAccess.NotEditable e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DocumentStore.CorruptDocument.class)
    ResponseEntity<Map<String, String>> corrupt(DocumentStore.CorruptDocument e) {
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
