package org.caq.benchmark.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to /engine-rest as a demo user, with HTTP Basic, the body sent as JSON. */
record EngineRest(TestRestTemplate rest) {

    static final ObjectMapper JSON = new ObjectMapper();

    static String password(String user) {
        return user.equals("admin") ? "admin" : "demo";
    }

    ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, password(user)).exchange("/engine-rest" + path, method,
                new HttpEntity<>(body == null ? null : json(body), headers), String.class);
    }

    ResponseEntity<String> post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, body);
    }

    static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }
}
