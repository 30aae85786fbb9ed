package org.caq.benchmark.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public API ({@code /public/api}: publicity, objections, announcements, registry) needs no login, but a
 * submission must come from a script (the public objection page), not from a form posted by another site.
 */
class PublicApiFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!safe && !ApiAuthenticationFilter.SCRIPT_REQUEST.equals(request.getHeader(ApiAuthenticationFilter.SCRIPT_HEADER))) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"请求被拒绝：请通过公示页面提交异议。\"}");
            return;
        }
        chain.doFilter(req, res);
    }
}
