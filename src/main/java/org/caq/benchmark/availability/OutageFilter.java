package org.caq.benchmark.availability;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of everything (the REST API, the webapps and their API, the project's API, the public API and the pages):
 * while the database cannot be reached, every request is answered 503 with a Chinese message and Retry-After at
 * once. A request that fails with a server error is answered 503 as well when it met a lost connection or the
 * database turns out unreachable now, instead of the bare 500 that the engine's REST API, Spring or the servlet
 * container would send. A request turned away for load (a full {@link StartQueue}, a pool with no connection free
 * in time) is answered 503 with Retry-After as well, but as busy: the database is not taken for lost.
 */
class OutageFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);
    private static final List<String> APIS = List.of("/engine-rest/", "/camunda/api/", "/api/", "/public/api/");

    private final DatabaseAvailability database;

    OutageFilter(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (database.unreachable()) {
            unavailable(request, response);
            return;
        }
        ConnectionFailures.clear();
        HoldingResponse holding = new HoldingResponse(response);
        try {
            chain.doFilter(request, holding);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!response.isCommitted() && ConnectionFailures.busySeen() && !ConnectionFailures.seen()) {
                busy(request, response);
                return;
            }
            if (!response.isCommitted() && ConnectionFailures.hasBusyTimeout(failure) && !ConnectionFailures.seen()
                    && database.reachable()) {
                // another pool than the application's (the login checks') had no connection free in time
                busy(request, response);
                return;
            }
            if (response.isCommitted() || !(ConnectionFailures.isConnectionFailure(failure) || databaseFailedThisRequest())) {
                throw failure;
            }
            log.warn("{} {} failed for want of the database: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            database.lost();
            unavailable(request, response);
            return;
        } finally {
            if (request.isAsyncStarted()) {
                holding.release();
            }
        }
        if (holding.holding()) {
            if (ConnectionFailures.busySeen() && !ConnectionFailures.seen()) {
                busy(request, response);
            } else if (databaseFailedThisRequest()) {
                log.warn("{} {} failed for want of the database", request.getMethod(), request.getRequestURI());
                database.lost();
                unavailable(request, response);
            } else {
                holding.release();
            }
        }
    }

    /** The request met a lost or refused connection, or the database cannot be reached at this moment. */
    private boolean databaseFailedThisRequest() {
        return ConnectionFailures.seen() || !database.reachable();
    }

    /** Turned away for load: the database is fine, the request is worth repeating in a few seconds. */
    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.info("{} {} turned away for load", request.getMethod(), request.getRequestURI());
        long seconds = database.busyRetryAfter().toSeconds();
        answer503(request, response, seconds, "ServerBusy", "系统繁忙",
                "同时提交的请求过多，系统正在依次处理，本次请求未被受理，也未保存任何内容。请在 " + seconds + " 秒后重试。");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = database.retryAfter().toSeconds();
        answer503(request, response, seconds, "DatabaseUnavailable", "系统暂时不可用", "系统暂时无法访问数据库，本次请求未能完成。请在 "
                + seconds + " 秒后重试；如长时间无法恢复，请联系系统管理员。");
    }

    private static void answer503(HttpServletRequest request, HttpServletResponse response, long seconds, String type,
            String title, String message) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (APIS.stream().anyMatch(path::startsWith)) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + seconds + "\"><title>" + title + "</title></head>"
                    + "<body><h1>" + title + "</h1><p>" + message + "</p></body></html>");
        }
    }
}
