package org.caq.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The engine's own authorization refusal (403) in Chinese: users see Chinese, and Camunda's text ("The user with id …
 * does not have …") tells an applicant or a unit officer nothing. The status stays 403 and the missing permissions stay
 * named. A refusal the project already words in Chinese (a foreign record, a step-only guard, a read-only role) is left
 * to Camunda's mapping unchanged. Registered with {@link EngineRestRefusals}.
 */
public final class EngineRestDenials implements ExtendedExceptionMapper<AuthorizationException> {

    @Override
    public boolean isMappable(AuthorizationException exception) {
        String message = exception.getMessage();
        return message == null || message.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Override
    public Response toResponse(AuthorizationException exception) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", AuthorizationException.class.getSimpleName());
        body.put("message", chinese(exception));
        body.put("userId", exception.getUserId());
        try {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ObjectMapper().writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String chinese(AuthorizationException exception) {
        String missing = exception.getMissingAuthorizations().stream().map(EngineRestDenials::describe).distinct()
                .collect(Collectors.joining("；"));
        return "没有权限：用户 " + exception.getUserId() + " 不能办理此事" + (missing.isEmpty() ? "" : "（缺少：" + missing + "）")
                + "。只有任务的办理人或候选组成员、有权发起该流程的人员可以操作；本次操作未作任何更改。";
    }

    private static String describe(MissingAuthorization missing) {
        String resource = switch (missing.getResourceType()) {
            case "Task" -> "任务";
            case "ProcessDefinition" -> "流程定义";
            case "ProcessInstance" -> "流程实例";
            default -> missing.getResourceType();
        };
        return missing.getViolatedPermissionName() + " 权限于" + resource
                + (missing.getResourceId() == null ? "" : " " + missing.getResourceId());
    }
}
