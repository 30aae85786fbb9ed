package org.caq.benchmark.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * A login attempt that is not checked at all: its address or account failed too often lately (429), or too many
 * attempts for the same account or address are being checked at this moment (503). Either way the caller learns
 * nothing about the password and is told when to try again.
 */
class LoginRefusal extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    private LoginRefusal(int status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    static LoginRefusal tooManyFailures(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new LoginRefusal(429, retryAfter, "登录失败次数过多，已暂时限制登录：请在 " + seconds
                + " 秒后重试。忘记密码请联系系统管理员重置。");
    }

    static LoginRefusal busy() {
        return new LoginRefusal(503, Duration.ofSeconds(5), "同一账号或网络地址的登录请求过于集中，请在 5 秒后重试。");
    }

    int status() {
        return status;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    void answer(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"LoginLimited\",\"message\":\"" + getMessage() + "\"}");
    }
}
