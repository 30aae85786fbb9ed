package org.caq.benchmark.availability;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response that holds back a server error (status 500 and up) set before any body was written, so that the
 * filter can still answer 503 instead when the database turns out to be unreachable, or send the error as it was.
 * Everything else goes straight through.
 */
class HoldingResponse extends HttpServletResponseWrapper {

    private int heldStatus;
    private boolean sentError;
    private String errorMessage;
    private boolean bodyStarted;
    private ByteArrayOutputStream heldBody;
    private PrintWriter heldWriter;
    private boolean released;

    HoldingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean holding() {
        return heldStatus != 0;
    }

    @Override
    public void setStatus(int status) {
        if (!hold(status)) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (hold(status)) {
            sentError = true;
            errorMessage = message;
        } else if (message == null) {
            super.sendError(status);
        } else {
            super.sendError(status, message);
        }
    }

    private boolean hold(int status) {
        if (status < 500 || released || bodyStarted || isCommitted()) {
            return false;
        }
        heldStatus = status;
        return true;
    }

    @Override
    public int getStatus() {
        return holding() ? heldStatus : super.getStatus();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding()) {
            bodyStarted = true;
            return super.getOutputStream();
        }
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                held().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                held().write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a held error response is written synchronously");
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding()) {
            bodyStarted = true;
            return super.getWriter();
        }
        if (heldWriter == null) {
            heldWriter = new PrintWriter(new OutputStreamWriter(held(), Charset.forName(getCharacterEncoding())));
        }
        return heldWriter;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding()) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        heldBody = null;
        heldWriter = null;
        super.resetBuffer();
    }

    @Override
    public void reset() {
        heldStatus = 0;
        heldBody = null;
        heldWriter = null;
        super.reset();
    }

    private ByteArrayOutputStream held() {
        if (heldBody == null) {
            heldBody = new ByteArrayOutputStream();
        }
        return heldBody;
    }

    /** Sends the held error as the application produced it; from now on nothing is held. */
    void release() throws IOException {
        released = true;
        if (!holding()) {
            return;
        }
        int status = heldStatus;
        heldStatus = 0;
        if (heldWriter != null) {
            heldWriter.flush();
        }
        if (sentError) {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (errorMessage == null) {
                response.sendError(status);
            } else {
                response.sendError(status, errorMessage);
            }
            return;
        }
        super.setStatus(status);
        if (heldBody != null) {
            heldBody.writeTo(super.getOutputStream());
        }
    }
}
