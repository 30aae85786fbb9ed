package org.caq.benchmark.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Camunda's REST API answers some refused commands with its own English text and a 400 (a comment or an attachment:
 * "Not enough parameters submitted", "Task id is null"). When the engine refused a read-only user's write while
 * serving the request (ReadOnlyEngine), whatever the REST API was about to answer is replaced by 403 and the Chinese
 * reason, on /engine-rest and the webapps' API alike.
 */
class ReadOnlyAnswers implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest request, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        ReadOnlyRoles.forget();
        try {
            chain.doFilter(request, new UnlessRefused(response));
            if (ReadOnlyRoles.wasRefused() && !response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json;charset=UTF-8");
                JSON.writeValue(response.getWriter(), Map.of("type", "AuthorizationException", "message", ReadOnlyRoles.REFUSAL));
            }
        } finally {
            ReadOnlyRoles.forget();
        }
    }

    /** The response as the REST API writes it, unless the engine refused a read-only user's write: then nothing of it. */
    private static final class UnlessRefused extends HttpServletResponseWrapper {

        UnlessRefused(HttpServletResponse response) {
            super(response);
        }

        private boolean refused() {
            return ReadOnlyRoles.wasRefused();
        }

        @Override
        public void setStatus(int status) {
            if (!refused()) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!refused()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!refused()) {
                super.sendError(status);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!refused()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!refused()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!refused()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!refused()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!refused()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!refused()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return refused() ? new Discarding() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return refused() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }
    }

    private static final class Discarding extends ServletOutputStream {

        @Override
        public void write(int b) {
            // the refusal is answered instead
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("synchronous writes only");
        }
    }
}
